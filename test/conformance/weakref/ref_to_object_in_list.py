# A weak reference to an object held by a list stays alive until the list releases the object.
import weakref

class Item:
    def __init__(self, n):
        self.n = n

items = [Item(1), Item(2), Item(3)]
refs = [weakref.ref(i) for i in items]
print([r().n for r in refs])
items.pop(1)
print([r() is None for r in refs])
items.clear()
print([r() is None for r in refs])
