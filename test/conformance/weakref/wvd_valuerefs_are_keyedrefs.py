# valuerefs() returns KeyedRef objects whose key attribute is the dictionary key.
import weakref

class V:
    def __init__(self, n):
        self.n = n

vals = {k: V(i) for i, k in enumerate("pqr")}
d = weakref.WeakValueDictionary(vals)
refs = d.valuerefs()
print(type(refs).__name__, len(refs))
for r in sorted(refs, key=lambda r: r.key):
    print(type(r).__name__, r.key, r().n)
