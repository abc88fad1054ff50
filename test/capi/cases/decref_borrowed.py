import capi, weakref

class C:
    def __del__(self):
        print("C.__del__")

x = C()
r = weakref.ref(x)
b = capi.PyWeakref_GetObject(r)
try:
    capi.Py_DECREF(b)
except SystemError as e:
    print("SystemError:", e)
print("still alive:", r() is x)
