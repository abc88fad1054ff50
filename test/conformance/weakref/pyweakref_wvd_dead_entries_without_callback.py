# Entries whose reference is dead but was never removed (a ref placed in `data` by hand, without the
# removal callback) still count in len(), and every reading method skips them.
import weakref

class V:
    def __init__(self, n):
        self.n = n

live = V(1)
gone = V(2)
d = weakref.WeakValueDictionary()
d["live"] = live
d.data["gone"] = weakref.KeyedRef(gone, None, "gone")
del gone
print("len", len(d), "keys", list(d), "values", [v.n for v in d.values()])
print("in:", "gone" in d, "get:", d.get("gone", "dflt"))
try:
    d["gone"]
except KeyError as e:
    print("KeyError", e)
print("pop with default:", d.pop("gone", "dflt"), "len", len(d))
d.data["gone2"] = weakref.KeyedRef(V(3), None, "gone2")
print("setdefault replaces dead:", d.setdefault("gone2", live).n)
d.data["gone3"] = weakref.KeyedRef(V(4), None, "gone3")
print("popitem skips dead:", d.popitem()[0], "len", len(d))
d.data["gone4"] = weakref.KeyedRef(V(5), None, "gone4")
print("copy skips dead:", list(d.copy()), "equal to dict:", d == {"gone2": live})
