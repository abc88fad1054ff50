# oracle: 3.12 3.13 3.14
import capi, weakref, sys

class C:
    pass

x = C()
r = weakref.ref(x)
base = sys.getrefcount(x)
b = capi.PyWeakref_GetObject(r)
# A borrowed reference adds nothing to the count.
print(sys.getrefcount(x) - base)
print(capi.Py_REFCNT(b) == sys.getrefcount(x) - 1)
print(capi.PyWeakref_CheckRef(b), capi.PyWeakref_Check(r))
