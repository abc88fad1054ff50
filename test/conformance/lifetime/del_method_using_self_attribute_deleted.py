# __del__ that touches an attribute removed earlier raises AttributeError, reported as unraisable.
import sys
sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, "-", u.exc_value)

class Conn:
    def __init__(self):
        self.sock = "socket"
    def __del__(self):
        print("closing", self.sock)

c = Conn()
del c.sock
del c
print("end")
