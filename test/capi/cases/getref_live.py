# oracle: 3.13 3.14 3.15
import capi, weakref, sys

class C:
    def __del__(self):
        print("C.__del__")

x = C()
r = weakref.ref(x)
before = sys.getrefcount(x)
ok, obj = capi.PyWeakref_GetRef(r)
print(ok, obj is x, sys.getrefcount(x) - before)
capi.Py_DECREF(obj)
print(sys.getrefcount(x) - before)
del obj
print(sys.getrefcount(x) - before)
del x
print("end")
