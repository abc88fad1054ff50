import capi

class C:
    def __del__(self):
        print("C.__del__")

def cb(ref):
    print("callback, dead:", ref() is None)

x = C()
r = capi.PyWeakref_NewRef(x, cb)
print(r() is x, r.__callback__ is cb)
print("del x")
del x
print("after del x")
capi.Py_DECREF(r)
print("released r")
