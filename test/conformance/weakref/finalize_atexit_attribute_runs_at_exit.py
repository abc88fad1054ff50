# A finalizer whose object is still alive at exit runs during shutdown when atexit is True (the default).
import weakref

class Obj:
    pass

keep = Obj()
f = weakref.finalize(keep, print, "finalizer ran at exit")
print("atexit flag:", f.atexit)
print("main done")
