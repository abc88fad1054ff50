# copy() always makes a plain WeakValueDictionary; __deepcopy__ makes the same class, deep-copies
# the keys and shares the values.
import copy
import weakref

class V:
    pass

class Key:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n
    def __hash__(self):
        return hash(self.n)

class My(weakref.WeakValueDictionary):
    pass

v = V()
k = Key(1)
d = My({k: v})
c1 = d.copy()
c2 = copy.copy(d)
c3 = copy.deepcopy(d)
print(type(c1).__name__, type(c2).__name__, type(c3).__name__)
(k3,) = list(c3.keys())
print("deep key copied:", k3 is not k, k3 == k, "value shared:", c3[k] is v)
print("copy is independent:", c1.data is not d.data, c1[k] is v)
del v
print("all empty:", len(d), len(c1), len(c2), len(c3))
