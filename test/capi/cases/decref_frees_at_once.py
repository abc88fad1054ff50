import capi, weakref

class C:
    def __del__(self):
        print("C.__del__ (inside Py_DECREF)")

def cb(ref):
    print("weakref callback (inside Py_DECREF)")

x = C()
r = weakref.ref(x, cb)
capi.Py_INCREF(x)
del x
print("after del x, alive:", r() is not None)
b = capi.PyWeakref_GetObject(r)
print("before Py_DECREF")
capi.Py_DECREF(b)
print("after Py_DECREF, dead:", r() is None)
