# setdefault without a default stores None.
import weakref

class K:
    pass

k = K()
d = weakref.WeakKeyDictionary()
print(d.setdefault(k))
print(d[k], len(d))
