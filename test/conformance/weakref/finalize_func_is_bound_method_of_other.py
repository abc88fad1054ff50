# A finalizer may call a bound method of another object; that object is kept alive by the finalizer.
import weakref

class Registry:
    def __init__(self):
        self.items = set()
    def forget(self, key):
        self.items.discard(key)
        print("forgot", key, "remaining", sorted(self.items))

class Item:
    pass

reg = Registry()
a, b = Item(), Item()
for key, obj in [("a", a), ("b", b)]:
    reg.items.add(key)
    weakref.finalize(obj, reg.forget, key)
del a
del b
