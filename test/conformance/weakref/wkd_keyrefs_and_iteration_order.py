# keyrefs() returns weak references to the keys; iteration follows insertion order.
import weakref

class K:
    def __init__(self, n):
        self.n = n

keys = [K(3), K(1), K(2)]
d = weakref.WeakKeyDictionary()
for k in keys:
    d[k] = k.n * 10
print([k.n for k in d], list(d.values()))
refs = d.keyrefs()
print(type(refs).__name__, [type(r).__name__ for r in refs], [r().n for r in refs])
keys.pop(0)
print([k.n for k in d.keys()], [(k.n, v) for k, v in d.items()])
