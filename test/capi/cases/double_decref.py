# oracle: 3.13 3.14
import capi, weakref, sys

class C:
    def __del__(self):
        print("C.__del__")

x = C()
r = weakref.ref(x)
ok, obj = capi.PyWeakref_GetRef(r)
capi.Py_DECREF(obj)
try:
    capi.Py_DECREF(obj)
except SystemError as e:
    print("SystemError:", e)
print("x still usable:", r() is x, sys.getrefcount(x))
del obj, x
print("end")
