import capi, weakref, sys

class C:
    pass

x = C()
lst = [x, x]
r = weakref.ref(x)
print(capi.Py_REFCNT(x) == sys.getrefcount(x))
b = capi.PyWeakref_GetObject(r)
print(capi.Py_REFCNT(b), sys.getrefcount(x) - 1)
del lst
print(capi.Py_REFCNT(b))
