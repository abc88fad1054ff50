# oracle: 3.12 3.13 3.14
import capi, weakref

class C:
    pass

x = C()
r = weakref.ref(x)
del x
print(capi.PyWeakref_GetObject(r))
print(capi.PyWeakref_GET_OBJECT(r))
