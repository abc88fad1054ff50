# Both a raising finalize and a raising ref callback on one object are reported in newest-first order.
import sys
import weakref

sys.unraisablehook = lambda u: print("unraisable:", type(u.exc_value).__name__, u.exc_value)

class Obj:
    pass

def bad_finalizer():
    raise LookupError("from finalize")

o = Obj()
weakref.finalize(o, bad_finalizer)
r = weakref.ref(o, lambda ref: [][1])
del o
print("end")
