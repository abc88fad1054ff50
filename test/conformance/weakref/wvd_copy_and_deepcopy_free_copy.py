# copy() returns a new WeakValueDictionary sharing the values.
import weakref

class V:
    pass

a = V()
d = weakref.WeakValueDictionary({"a": a})
c = d.copy()
print(type(c).__name__, c["a"] is a, c is d)
del a
print(len(d), len(c))
