# WeakKeyDictionary equality uses Mapping comparison of live items.
import weakref

class K:
    pass

a = K()
d1 = weakref.WeakKeyDictionary({a: 1})
d2 = weakref.WeakKeyDictionary({a: 1})
print(d1 == d2, d1 == {a: 1}, d1 != {a: 2})
