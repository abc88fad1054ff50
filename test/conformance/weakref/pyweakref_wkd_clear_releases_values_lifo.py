# WeakKeyDictionary.clear() releases the values newest entry first (each popitem result is dropped
# before the next one).
import weakref

class K:
    pass

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("value", self.n, "freed")

keys = [K() for _ in range(4)]
d = weakref.WeakKeyDictionary()
for i, k in enumerate(keys):
    d[k] = V(i)
d.clear()
print("cleared")
d2 = weakref.WeakKeyDictionary()
for i, k in enumerate(keys):
    d2[k] = V(10 + i)
del d2
print("dictionary deleted")
