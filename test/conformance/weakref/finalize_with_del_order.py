# An object with __del__ and a finalizer: which runs first on refcount death.
import weakref

class Obj:
    def __del__(self):
        print("__del__")

o = Obj()
weakref.finalize(o, print, "finalize")
del o
print("end")
