import capi, weakref

class C:
    pass

x = C()
p = weakref.proxy(x)
ok, obj = capi.PyWeakref_GetRef(p)
print(ok, obj is x)
capi.Py_DECREF(obj)
