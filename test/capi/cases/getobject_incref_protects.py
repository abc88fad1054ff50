import capi, weakref

class C:
    def __del__(self):
        print("C.__del__")

x = C()
r = weakref.ref(x)
b = capi.PyWeakref_GetObject(r)
capi.Py_INCREF(b)
del x
print("alive after del x:", r() is not None)
print("releasing")
capi.Py_DECREF(b)
print("released; dead:", r() is None)
try:
    str(b)
except SystemError as e:
    print("SystemError:", e)
