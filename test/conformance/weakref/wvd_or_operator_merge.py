# The | and |= operators merge WeakValueDictionaries and plain dicts (3.9+).
import weakref

class V:
    def __init__(self, n):
        self.n = n

a, b, c = V("a"), V("b"), V("c")
d1 = weakref.WeakValueDictionary({"x": a})
d2 = weakref.WeakValueDictionary({"y": b})
m = d1 | d2
print(type(m).__name__, sorted(m))
m |= {"z": c}
print(sorted(m), m["z"].n)
r = {"w": a} | d1
print(type(r).__name__, sorted(r))
