# len, indexing, item assignment, deletion, membership and iteration work through a proxy.
import weakref

class Bag:
    def __init__(self):
        self.data = {"a": 1}
    def __len__(self): return len(self.data)
    def __getitem__(self, k): return self.data[k]
    def __setitem__(self, k, v): self.data[k] = v
    def __delitem__(self, k): del self.data[k]
    def __contains__(self, k): return k in self.data
    def __iter__(self): return iter(self.data)

b = Bag()
p = weakref.proxy(b)
p["b"] = 2
print(len(p), p["a"], "b" in p, "z" in p)
del p["a"]
print(list(p), list(iter(p)))
