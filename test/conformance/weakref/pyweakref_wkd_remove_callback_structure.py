# WeakKeyDictionary: `data` maps refs (whose callback is `_remove`) to values; `_remove` holds the
# dictionary weakly; a lookup's KeyError carries the (callback-less) lookup reference.
import weakref

class K:
    def __repr__(self):
        return "K()"

k = K()
d = weakref.WeakKeyDictionary()
d[k] = "v"
(wr,) = list(d.data)
print(type(wr).__name__, wr() is k, wr.__callback__ is d._remove)
print(d._remove.__qualname__, len(d._remove.__defaults__), d._remove.__defaults__[0]() is d)
print("weakrefs to k:", weakref.getweakrefcount(k))
other = K()
try:
    d[other]
except KeyError as e:
    key = e.args[0]
    print("KeyError key:", type(key).__name__, key() is other, key.__callback__)
print(d.keyrefs()[0] is wr)
