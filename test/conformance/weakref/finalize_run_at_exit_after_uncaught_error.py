# An uncaught exception still lets exit-time finalizers run; status is 1.
import weakref

class Obj:
    pass

keep = Obj()
weakref.finalize(keep, print, "finalizer after crash")
raise ArithmeticError("unhandled")
