# A finalizer that raises when run at exit is reported (through whichever hook CPython uses) and the others still run.
import sys
import weakref

sys.unraisablehook = lambda u: print("unraisable at exit:", u.exc_type.__name__, u.exc_value)
sys.excepthook = lambda t, v, tb: print("excepthook at exit:", t.__name__, v)

class Obj:
    pass

def fail():
    raise KeyError("exit-time failure")

a, b, c = Obj(), Obj(), Obj()
weakref.finalize(a, print, "a finalized")
weakref.finalize(b, fail)
weakref.finalize(c, print, "c finalized")
print("main done")
