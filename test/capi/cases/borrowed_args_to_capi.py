import capi, weakref, sys

class C:
    pass

x = C()
r = weakref.ref(x)
rr = weakref.ref(r) if False else None
b = capi.PyWeakref_GetObject(r)
print(capi.PyWeakref_Check(b), capi.PyWeakref_CheckRef(b))
r2 = capi.PyWeakref_NewRef(b, None)
print(r2 is r)
capi.Py_DECREF(r2)
ok, obj = capi.PyWeakref_GetRef(r)
print(ok, obj is x)
capi.Py_DECREF(b)
print("released through the borrowed pointer")
