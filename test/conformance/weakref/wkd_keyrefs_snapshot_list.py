# keyrefs() returns a snapshot list; later additions do not appear in it.
import weakref

class K:
    pass

a, b = K(), K()
d = weakref.WeakKeyDictionary({a: 1})
refs = d.keyrefs()
d[b] = 2
print(len(refs), len(d.keyrefs()))
