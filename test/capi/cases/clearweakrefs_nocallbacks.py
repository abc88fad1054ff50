# oracle: 3.13 3.14 3.15
import capi, weakref

class C:
    def __del__(self):
        print("C.__del__")

def cb(ref):
    print("callback (must not run)")

x = C()
r1 = weakref.ref(x, cb)
r2 = weakref.ref(x)
capi.PyUnstable_Object_ClearWeakRefsNoCallbacks(x)
print(r1() is None, r2() is None, weakref.getweakrefcount(x))
r3 = weakref.ref(x, cb)
print(r3() is x, weakref.getweakrefcount(x))
capi.PyUnstable_Object_ClearWeakRefsNoCallbacks(5)
del r3
del x
print("end")
