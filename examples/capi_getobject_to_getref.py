# C-API lens: migrating from PyWeakref_GetObject (borrowed) to PyWeakref_GetRef (owned).
# PyWeakref_GetObject is deprecated since 3.13 and gone in 3.15. `capi` is Weakscope's own module
# (not a CPython one): the functions of CPython's C API as a C extension calls them.
import capi
import weakref


class Listener:
    def __init__(self, name):
        self.name = name

    def notify(self, event):
        print(self.name, "got", event)
        if event == "close":
            listeners.remove(self)   # the listener unsubscribes: its last strong reference goes


listeners = [Listener("panel")]
ref = weakref.ref(listeners[0])


# Before: the borrowed pointer is not a reference. When notify() drops the last real reference,
# the pointer dangles, and using it afterwards is a use-after-free in C.
def dispatch_old(event):
    obj = capi.PyWeakref_GetObject(ref)      # borrowed: nothing keeps obj alive
    if obj is None:
        return
    obj.notify(event)
    print("after notify:", obj.name)         # reported: the referent was freed inside notify()


# After: PyWeakref_GetRef gives a new strong reference, released with Py_DECREF when done.
def dispatch_new(event):
    found, obj = capi.PyWeakref_GetRef(ref)
    if not found:
        print("listener is gone")
        return
    obj.notify(event)
    print("after notify:", obj.name)         # safe: our reference kept it alive
    capi.Py_DECREF(obj)                      # without this, the leak is reported at exit


dispatch_new("open")
try:
    dispatch_old("close")
except SystemError as e:
    print(e)
dispatch_new("open")
