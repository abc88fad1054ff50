# A __del__ that raises while a function returns does not disturb the return value.
import sys
sys.unraisablehook = lambda u: print("unraisable:", u.exc_type.__name__, u.exc_value)

class Noisy:
    def __del__(self):
        raise RuntimeError("noisy del")

def f():
    n = Noisy()
    return "value"

print("f returned", f())
