# Refcount death with __del__, a ref, a finalize and another ref: __del__ first, then callbacks newest first.
import weakref

class Obj:
    def __del__(self):
        print("__del__")

o = Obj()
r1 = weakref.ref(o, lambda r: print("r1 callback"))
f = weakref.finalize(o, print, "finalize callback")
r2 = weakref.ref(o, lambda r: print("r2 callback"))
del o
print("end")
