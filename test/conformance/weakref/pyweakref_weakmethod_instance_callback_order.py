# When the instance dies, the WeakMethod's callback runs among the instance's other weakref
# callbacks, newest registered first.
import weakref

class C:
    def m(self):
        pass

c = C()
r1 = weakref.ref(c, lambda r: print("ref made before"))
wm = weakref.WeakMethod(c.m, lambda r: print("WeakMethod callback"))
r2 = weakref.ref(c, lambda r: print("ref made after"))
f = weakref.finalize(c, print, "finalizer")
del c
print("end")
