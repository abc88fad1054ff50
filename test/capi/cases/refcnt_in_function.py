# oracle: 3.13 3.14
import capi, sys, weakref

class C:
    pass

def f():
    x = C()
    y = x
    print(capi.Py_REFCNT(x) - sys.getrefcount(x))
    capi.Py_INCREF(x)
    print(capi.Py_REFCNT(x) - sys.getrefcount(x))
    b = capi.PyWeakref_GetObject(weakref.ref(x))
    print(capi.Py_REFCNT(b) - sys.getrefcount(x))
    capi.Py_DECREF(x)
    return y

f()
