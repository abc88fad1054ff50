import capi, gc, weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("__del__", self.name)

gc.collect()
a = Node("a")
b = Node("b")
a.other = b
b.other = a
r = weakref.ref(a)
capi.Py_INCREF(a)
del a, b
print("collected:", gc.collect())
print("alive:", r() is not None)
capi.Py_DECREF(capi.PyWeakref_GetObject(r))
print("after Py_DECREF, alive:", r() is not None)
print("collected:", gc.collect())
print("alive:", r() is not None)
