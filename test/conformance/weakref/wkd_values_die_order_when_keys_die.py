# When several keys die at once (a list freed), their values are released in the key release order.
import weakref

class K:
    def __init__(self, n):
        self.n = n

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("value", self.n, "released")

keys = [K(i) for i in range(3)]
d = weakref.WeakKeyDictionary({k: V(k.n) for k in keys})
keys = None
print("entries:", len(d))
