# copy() returns an independent WeakKeyDictionary with the same entries.
import weakref

class K:
    pass

a, b = K(), K()
d = weakref.WeakKeyDictionary({a: "A"})
c = d.copy()
c[b] = "B"
print(type(c).__name__, len(d), len(c), c[a])
del a
print(len(d), len(c))
