# A paused items()/values() generator holds the value it produced last; it dies when the generator
# moves on or is closed.
import weakref

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("V", self.n, "freed")

a, b = V(1), V(2)
d = weakref.WeakValueDictionary({"a": a, "b": b})
it = d.items()
k, v = next(it)
print("got", k, v.n)
del v, a
print("a still alive in the generator:", "a" in d)
k, v = next(it)
print("got", k, v.n)
del v
print("after moving on:", sorted(d))
vals = d.values()
first = next(vals)
del first, b
print("b held by values():", len(d))
vals.close()
print("closed:", len(d))
