# weakref.ref(o) without a callback returns the same ref object each time; with a callback it does not.
import weakref

class Obj:
    pass

o = Obj()
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(r1 is r2)
c1 = weakref.ref(o, lambda r: None)
c2 = weakref.ref(o, lambda r: None)
print(c1 is c2, c1 is r1)
print(weakref.ref(o, None) is r1)
print(weakref.getweakrefcount(o))
