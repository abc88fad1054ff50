# The callback of a subclassed ref receives the subclass instance, with its attributes intact.
import weakref

class KeyedRef2(weakref.ref):
    def __init__(self, obj, callback, key):
        super().__init__(obj, callback)
        self.key = key
    def __new__(cls, obj, callback, key):
        return super().__new__(cls, obj, callback)

registry = {}

def remove(r):
    print("removing", r.key, "type", type(r).__name__)
    del registry[r.key]

class Obj:
    pass

a, b = Obj(), Obj()
registry["a"] = KeyedRef2(a, remove, "a")
registry["b"] = KeyedRef2(b, remove, "b")
del a
print(sorted(registry))
