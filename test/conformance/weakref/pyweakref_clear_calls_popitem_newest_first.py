# clear() on the weak dictionaries pops one item at a time through self.popitem(), newest first.
import weakref

class V:
    pass

class K:
    def __init__(self, n):
        self.n = n

class LoudWVD(weakref.WeakValueDictionary):
    def popitem(self):
        item = super().popitem()
        print("  WVD popitem ->", item[0])
        return item

class LoudWKD(weakref.WeakKeyDictionary):
    def popitem(self):
        item = super().popitem()
        print("  WKD popitem ->", item[0].n)
        return item

vals = [V() for _ in range(3)]
d = LoudWVD(zip("abc", vals))
print("clear WVD")
d.clear()
keys = [K(i) for i in range(3)]
w = LoudWKD(dict.fromkeys(keys, 0))
print("clear WKD")
w.clear()
print(len(d), len(w))
