# When one callback raises, the other callbacks of the same object still run.
import sys
import weakref

sys.unraisablehook = lambda u: print("  unraisable:", u.exc_value)

class Obj:
    pass

def good(name):
    return lambda r: print("callback", name)

def bad(r):
    raise KeyError("middle")

o = Obj()
r1 = weakref.ref(o, good("first"))
r2 = weakref.ref(o, bad)
r3 = weakref.ref(o, good("third"))
del o
print("end")
