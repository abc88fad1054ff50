# oracle: 3.12 3.13 3.14 3.15
import capi, weakref

class C:
    pass

def cb(ref):
    print("callback")

x = C()
r = weakref.ref(x, cb)
for ob in (x, 5):
    try:
        capi.PyObject_ClearWeakRefs(ob)
    except SystemError as e:
        print("SystemError:", e)
print("still alive:", r() is x)
