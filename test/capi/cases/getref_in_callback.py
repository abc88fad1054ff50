# oracle: 3.13 3.14
import capi, weakref

class C:
    pass

def cb(ref):
    print("in callback:", capi.PyWeakref_GetRef(ref), capi.PyWeakref_GetObject(ref))

x = C()
r = weakref.ref(x, cb)
del x
print("end")
