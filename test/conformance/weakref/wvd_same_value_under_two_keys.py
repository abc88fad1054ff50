# One object stored under two keys: both entries vanish together when it dies.
import weakref

class V:
    pass

v = V()
d = weakref.WeakValueDictionary()
d["a"] = v
d["b"] = v
print(sorted(d), d["a"] is d["b"])
del v
print(sorted(d))
