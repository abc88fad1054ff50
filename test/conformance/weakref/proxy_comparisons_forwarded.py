# Rich comparisons on a proxy compare the referent; a proxy also compares with another proxy's referent.
import weakref

class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == (o.v if isinstance(o, V) else o)
    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, V) else o)
    def __le__(self, o):
        return self.v <= (o.v if isinstance(o, V) else o)
    __hash__ = object.__hash__

a, b = V(1), V(2)
pa, pb = weakref.proxy(a), weakref.proxy(b)
print(pa == 1, pa == a, pa < pb, pb < pa, pa <= 1, pa != pb)
try:
    pa > 0
except TypeError as e:
    print("TypeError:", e)
print(sorted([pb, pa])[0].v)
