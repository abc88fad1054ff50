# When a key gets a new value, the old KeyedRef (if kept alive elsewhere) still calls back when the
# old value dies, but only a dead reference is removed: the new entry stays.
import weakref

class V:
    def __init__(self, n):
        self.n = n

old, new = V(1), V(2)
d = weakref.WeakValueDictionary()
d["k"] = old
kept = d.valuerefs()
d["k"] = new
print("old ref still alive:", kept[0]() is old, "entry:", d["k"].n)
del old
print("after old died:", "k" in d, d["k"].n, len(d))
del new
print("after new died:", "k" in d, len(d))
