# finalize exposes atexit as a writable attribute and is registered per instance.
import weakref

class Obj:
    pass

o = Obj()
f = weakref.finalize(o, lambda: None)
g = weakref.finalize(o, lambda: None)
print(type(f).__name__, f.atexit, g.atexit)
f.atexit = False
print(f.atexit, g.atexit)
print(callable(f), hasattr(f, "peek"), hasattr(f, "detach"))
