# Subclass instances are never the shared callback-less ref: each construction makes a new object.
import weakref

class MyRef(weakref.ref):
    pass

class Obj:
    pass

o = Obj()
plain1 = weakref.ref(o)
plain2 = weakref.ref(o)
mine1 = MyRef(o)
mine2 = MyRef(o)
print(plain1 is plain2, mine1 is mine2, mine1 is plain1)
print(weakref.getweakrefcount(o))
print(mine1 == plain1, mine1 == mine2)
