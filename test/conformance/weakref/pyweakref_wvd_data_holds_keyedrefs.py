# A WeakValueDictionary's `data` is a plain dict from each key to a KeyedRef whose key attribute is
# that key and whose callback is the dictionary's `_remove` function.
import weakref

class V:
    pass

a, b = V(), V()
d = weakref.WeakValueDictionary()
d["a"] = a
d[2] = b
print(type(d.data).__name__, list(d.data))
for key, wr in d.data.items():
    print(repr(key), type(wr).__name__, wr.key == key, wr.__callback__ is d._remove, wr() is d[key])
print(d._remove.__name__, d._remove.__qualname__)
print(isinstance(d.data["a"], weakref.ref), isinstance(d.data["a"], weakref.KeyedRef))
