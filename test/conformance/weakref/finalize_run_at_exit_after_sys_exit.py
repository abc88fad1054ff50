# sys.exit still lets exit-time finalizers run, with the status preserved.
import sys
import weakref

class Obj:
    pass

keep = Obj()
weakref.finalize(keep, print, "finalizer after sys.exit")
print("exiting with 3")
sys.exit(3)
