# `in` and del with live and dead keys.
import weakref

class K:
    pass

a, b = K(), K()
d = weakref.WeakKeyDictionary({a: 1, b: 2})
print(a in d, K() in d)
del d[a]
print(a in d, len(d))
try:
    del d[a]
except KeyError:
    print("KeyError deleting an absent key")
