# setdefault, get, pop and popitem of a WeakValueDictionary.
import weakref

class V:
    def __init__(self, n):
        self.n = n

keep = [V(1), V(2), V(3)]
d = weakref.WeakValueDictionary()
print(d.setdefault("x", keep[0]).n, d.setdefault("x", keep[1]).n)
d["y"] = keep[1]
print(d.get("y").n, d.get("zz", "default"))
print(d.pop("y").n, d.pop("y", "gone"))
d["z"] = keep[2]
k, v = d.popitem()
print(k, v.n, len(d))
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
