import capi, sys

class C:
    pass

x = C()
base = sys.getrefcount(x)
capi.Py_INCREF(x)
print(sys.getrefcount(x) - base)
capi.Py_INCREF(x)
print(sys.getrefcount(x) - base, capi.Py_REFCNT(x) - base)
capi.Py_DECREF(x)
print(sys.getrefcount(x) - base)
capi.Py_DECREF(x)
print(sys.getrefcount(x) - base, capi.Py_REFCNT(x) - base)
holder = [x]
print(sys.getrefcount(x) - base)
