# The finalize exit hook is registered with atexit on first use; this pins its order relative to other atexit handlers.
import atexit
import weakref

class Obj:
    pass

atexit.register(print, "atexit handler registered before any finalize")
o = Obj()
f = weakref.finalize(o, print, "finalizer at exit")
atexit.register(print, "atexit handler registered after finalize")
print("main done")
