# get() with a default and `in` both treat dead entries as absent.
import weakref

class V:
    pass

d = weakref.WeakValueDictionary()
t = V()
d["gone"] = t
del t
print("gone" in d, d.get("gone", "fallback"), len(d))
