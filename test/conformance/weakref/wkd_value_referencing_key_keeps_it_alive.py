# If a value refers back to its key, the entry never dies on its own (a classic leak).
import weakref

class Key:
    pass

class Value:
    def __init__(self, key):
        self.key = key

d = weakref.WeakKeyDictionary()
k = Key()
d[k] = Value(k)
r = weakref.ref(k)
del k
print("key alive through its value:", r() is not None, len(d))
