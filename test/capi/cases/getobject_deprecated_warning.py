# oracle: 3.12 3.13 3.14 3.15
import capi, weakref

class C:
    pass

x = C()
r = weakref.ref(x)
for i in range(3):
    try:
        b = capi.PyWeakref_GetObject(r)
        print("GetObject", i, capi.PyWeakref_CheckRef(r))
    except AttributeError as e:
        print("AttributeError:", e)
try:
    b = capi.PyWeakref_GET_OBJECT(r)
    print("GET_OBJECT")
except AttributeError as e:
    print("AttributeError:", e)
