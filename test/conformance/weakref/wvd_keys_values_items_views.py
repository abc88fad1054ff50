# keys(), values() and items() iterate live entries in insertion order.
import weakref

class V:
    def __init__(self, n):
        self.n = n

keep = {k: V(k) for k in ["one", "two", "three"]}
d = weakref.WeakValueDictionary()
for k in ["two", "one", "three"]:
    d[k] = keep[k]
print(list(d.keys()))
print([v.n for v in d.values()])
print([(k, v.n) for k, v in d.items()])
del keep["one"]
print(list(d))
