# oracle: 3.13 3.14 3.15
import capi, weakref

registry = []

def on_death(name):
    def cb(ref):
        print("callback:", name)
    return cb

class Resource:
    """A C type's tp_dealloc, written with the C API: clear weakrefs, finalize, clear again."""
    def __init__(self, name):
        self.name = name
    def finalize(self):
        print("finalize", self.name)
        # The finalizer registers the object somewhere weakly: a new weakref to a dying object.
        registry.append(weakref.ref(self, on_death("made by the finalizer")))
    def __del__(self):
        capi.PyObject_ClearWeakRefs(self)
        self.finalize()
        capi.PyUnstable_Object_ClearWeakRefsNoCallbacks(self)
        print("dealloc done; finalizer's ref dead:", registry[-1]() is None)

res = Resource("db")
w = weakref.ref(res, on_death("user's weakref"))
del res
print("end", w() is None, len(registry))
