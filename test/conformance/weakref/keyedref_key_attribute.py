# weakref.KeyedRef is a ref subclass whose key attribute names the entry it belongs to.
import weakref

class Obj:
    pass

def cb(r):
    print("callback for key", r.key)

o = Obj()
kr = weakref.KeyedRef(o, cb, "user-42")
print(kr.key, kr() is o, isinstance(kr, weakref.ref))
del o
print("end")
