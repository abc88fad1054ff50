import capi, weakref, sys

class C:
    pass

x = C()
r1 = capi.PyWeakref_NewRef(x, None)
r2 = capi.PyWeakref_NewRef(x)
print(r1 is r2, r1 is weakref.ref(x), r1() is x)
print(sys.getrefcount(r1))
capi.Py_DECREF(r1)
print(sys.getrefcount(r1))
capi.Py_DECREF(r2)
print(sys.getrefcount(r1))
