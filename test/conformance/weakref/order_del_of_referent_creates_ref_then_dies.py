# Callbacks registered earlier still run after a __del__ that itself touched weak references.
import weakref

class Obj:
    def __del__(self):
        print("__del__ counting refs:", weakref.getweakrefcount(self))

o = Obj()
r1 = weakref.ref(o, lambda r: print("callback 1"))
r2 = weakref.ref(o, lambda r: print("callback 2"))
del o
print("end")
