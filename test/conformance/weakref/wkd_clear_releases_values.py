# clear() releases all values immediately even though the keys are still alive.
import weakref

class K:
    pass

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("value", self.n, "released")

keys = [K(), K()]
d = weakref.WeakKeyDictionary({keys[0]: V(0), keys[1]: V(1)})
d.clear()
print("cleared; keys alive:", len(keys))
