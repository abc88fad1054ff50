import capi, weakref

class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("Item", self.n, "freed")

class Box:
    def __init__(self):
        self.items = [Item(1), Item(2), Item(3)]
    def __del__(self):
        print("Box freed")

box = Box()
r = weakref.ref(box)
capi.Py_INCREF(box)
del box
print("releasing the last reference")
capi.Py_DECREF(capi.PyWeakref_GetObject(r))
print("after")
