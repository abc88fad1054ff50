# WeakMethods are hashable; equal live WeakMethods share a hash and collapse in a set.
import weakref

class C:
    def m(self): pass

c = C()
w1 = weakref.WeakMethod(c.m)
w2 = weakref.WeakMethod(c.m)
print(hash(w1) == hash(w2))
print(len({w1, w2}))
