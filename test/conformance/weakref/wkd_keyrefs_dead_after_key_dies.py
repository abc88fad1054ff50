# Key references taken from keyrefs() go dead when the key object dies.
import weakref

class K:
    pass

a, b = K(), K()
d = weakref.WeakKeyDictionary({a: "A", b: "B"})
refs = d.keyrefs()
del a
print(sorted(r() is None for r in refs), len(d))
