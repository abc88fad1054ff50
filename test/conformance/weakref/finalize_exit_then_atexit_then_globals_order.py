# Exit order: atexit handlers and live finalizers, then __del__ of globals.
import atexit
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

o = Obj("global")
weakref.finalize(o, print, "finalizer for global")
atexit.register(print, "atexit handler")
print("main done")
