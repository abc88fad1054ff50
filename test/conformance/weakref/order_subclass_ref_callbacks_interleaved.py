# Callbacks from ref subclasses and WeakMethods interleave with plain ones by registration order.
import weakref

class MyRef(weakref.ref):
    pass

class Obj:
    def m(self):
        pass

o = Obj()
a = weakref.ref(o, lambda r: print("plain ref"))
b = MyRef(o, lambda r: print("MyRef"))
c = weakref.WeakMethod(o.m, lambda r: print("WeakMethod"))
d = weakref.ref(o, lambda r: print("plain ref 2"))
del o
print("end")
