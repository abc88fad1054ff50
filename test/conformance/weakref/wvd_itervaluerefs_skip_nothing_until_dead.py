# itervaluerefs yields KeyedRefs; a ref taken from it can outlive its value and then returns None.
import weakref

class V:
    pass

a, b = V(), V()
d = weakref.WeakValueDictionary({"a": a, "b": b})
refs = list(d.itervaluerefs())
print(sorted(r.key for r in refs))
del a
print(sorted((r.key, r() is None) for r in refs))
print(sorted(r.key for r in d.itervaluerefs()))
