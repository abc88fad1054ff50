# The unraisable hook reports the callback function as the object for a failing ref callback.
import sys
import weakref

def hook(u):
    print(type(u.object).__name__, getattr(u.object, "__name__", None), u.exc_type.__name__)

sys.unraisablehook = hook

class Obj:
    pass

def failing_callback(r):
    return 1 / 0

o = Obj()
r = weakref.ref(o, failing_callback)
del o
print("end")
