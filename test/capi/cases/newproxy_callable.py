import capi

def f(a):
    return a * 2

p = capi.PyWeakref_NewProxy(f)
print(p(21), capi.PyWeakref_Check(p), capi.PyWeakref_CheckProxy(p))
ok, obj = capi.PyWeakref_GetRef(p)
print(ok, obj is f)
capi.Py_DECREF(obj)
capi.Py_DECREF(p)
