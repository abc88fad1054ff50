import capi, weakref

class C:
    def __del__(self):
        print("C.__del__")

def cb(ref):
    print("callback")

x = C()
r = weakref.ref(x, cb)
ok, obj = capi.PyWeakref_GetRef(r)
del x
print("alive after del x:", r() is not None)
capi.Py_DECREF(obj)
print("alive after Py_DECREF:", r() is not None)
del obj
print("alive after del obj:", r() is not None)
