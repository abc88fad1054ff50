# C-API lens: a dealloc that clears weakrefs, runs a finalizer, then clears the finalizer's weakrefs.
# A C type with a finalizer, written with Weakscope's `capi` lens (Weakscope's own module, not a
# CPython one). Its tp_dealloc does what CPython's docs for PyUnstable_Object_ClearWeakRefsNoCallbacks
# describe: clear the weak references (their callbacks run), run the finalizer, then clear the
# weak references the finalizer created, without calling their callbacks — the object is
# being destroyed, and a callback must not see it. Python code cannot be a tp_dealloc, so the
# lens lets __del__ stand for it: inside its own __del__, the object counts as being deallocated.
import capi
import weakref

registry = []


def on_death(name):
    def callback(ref):
        print("callback:", name)
    return callback


class Connection:
    def __init__(self, name):
        self.name = name

    def finalize(self):
        print("finalizer: closing", self.name)
        # Registering "self" weakly while dying makes a new weak reference to a dying object.
        registry.append(weakref.ref(self, on_death("weakref made by the finalizer")))

    def __del__(self):                                       # stands for tp_dealloc
        capi.PyObject_ClearWeakRefs(self)                    # 1. weakrefs cleared, callbacks run
        self.finalize()                                      # 2. the finalizer
        capi.PyUnstable_Object_ClearWeakRefsNoCallbacks(self)  # 3. refs made by 2, no callbacks
        print("dealloc: finalizer's weakref is dead:", registry[-1]() is None)


conn = Connection("db")
watch = weakref.ref(conn, on_death("the user's weakref"))
del conn
print("watch is dead:", watch() is None)
