# At exit: finalize hook first, then globals released with __del__ and ref callbacks.
import atexit
import weakref

class Obj:
    def __del__(self):
        print("__del__ g")

g = Obj()
r = weakref.ref(g, lambda ref: print("ref callback g"))
weakref.finalize(g, print, "finalize g")
atexit.register(print, "atexit registered last")
print("main done")
