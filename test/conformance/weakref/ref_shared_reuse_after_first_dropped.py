# Once the shared callback-less ref is deleted, the next weakref.ref(o) makes a fresh one.
import weakref

class Obj:
    pass

o = Obj()
r1 = weakref.ref(o)
print(weakref.getweakrefcount(o))
del r1
print(weakref.getweakrefcount(o))
r2 = weakref.ref(o)
r3 = weakref.ref(o)
print(r2 is r3, weakref.getweakrefcount(o))
