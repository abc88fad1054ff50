# setdefault() and __setitem__ on an existing key keep the stored reference; the new one is dropped.
import weakref

class K:
    pass

k = K()
d = weakref.WeakKeyDictionary()
print(d.setdefault(k, []), weakref.getweakrefcount(k))
first = d.keyrefs()[0]
d.setdefault(k, "other").append(1)
d[k] = d[k] + [2]
print(d[k], weakref.getweakrefcount(k), d.keyrefs()[0] is first)
print(d.setdefault(K()), len(d))
print(d.get(k), d.get(K(), "missing"))
try:
    d.get(1)
except TypeError as e:
    print(e)
print(1 in d, "s" in d)
