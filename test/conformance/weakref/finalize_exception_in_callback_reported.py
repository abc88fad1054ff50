# An exception in a finalizer's function is reported (as an unraisable exception) and does not propagate.
import sys
import weakref

def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value)

sys.unraisablehook = hook

class Obj:
    pass

def boom():
    raise RuntimeError("finalizer failed")

o = Obj()
weakref.finalize(o, boom)
del o
print("continued")
