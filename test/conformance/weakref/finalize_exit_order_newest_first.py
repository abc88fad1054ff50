# At exit, live finalizers with atexit=True run in reverse order of creation.
import weakref

class Obj:
    pass

objs = [Obj() for _ in range(4)]
fins = [weakref.finalize(o, print, "finalizer", i) for i, o in enumerate(objs)]
print("main done")
