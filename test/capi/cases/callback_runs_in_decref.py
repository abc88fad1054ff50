import capi, weakref

class C:
    pass

order = []
x = C()
r1 = weakref.ref(x, lambda ref: print("callback r1"))
r2 = weakref.ref(x, lambda ref: print("callback r2"))
capi.Py_INCREF(x)
del x
print("owned by C only")
capi.Py_DECREF(capi.PyWeakref_GetObject(r1))
print("done")
