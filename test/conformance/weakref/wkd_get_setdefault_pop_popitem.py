# get, setdefault, pop and popitem on a WeakKeyDictionary.
import weakref

class K:
    def __init__(self, n):
        self.n = n

a, b, c = K("a"), K("b"), K("c")
d = weakref.WeakKeyDictionary()
print(d.get(a), d.get(a, "dflt"))
print(d.setdefault(a, 1), d.setdefault(a, 2))
d[b] = 20
print(d.pop(b), d.pop(b, "missing"))
d[c] = 30
k, v = d.popitem()
print(k.n, v, len(d))
try:
    d.pop(c)
except KeyError:
    print("KeyError on pop of absent key")
