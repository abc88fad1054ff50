# By the time a user callback on the value runs, the WeakValueDictionary entry is already gone or not (pinned here).
import weakref

class V:
    pass

d = weakref.WeakValueDictionary()
v = V()
user = weakref.ref(v, lambda r: print("user callback sees key present:", "k" in d))
d["k"] = v
del v
print("end", len(d))
