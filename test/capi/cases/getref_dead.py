# oracle: 3.13 3.14 3.15
import capi, weakref

class C:
    pass

x = C()
r = weakref.ref(x)
del x
print(capi.PyWeakref_GetRef(r))
p = None
y = C()
p = weakref.proxy(y)
del y
print(capi.PyWeakref_GetRef(p))
