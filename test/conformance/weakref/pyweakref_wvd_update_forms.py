# update() accepts a mapping, an object with items(), an iterable of pairs and keywords.
import weakref

class V:
    def __init__(self, n):
        self.n = n

class ItemsOnly:
    def __init__(self, pairs):
        self.pairs = pairs
    def items(self):
        print("  items() called")
        return self.pairs

a, b, c, e = V(1), V(2), V(3), V(4)
d = weakref.WeakValueDictionary()
d.update({"a": a})
d.update(ItemsOnly([("b", b)]))
d.update([("c", c)], e=e)
d.update(None, x=a)
other = weakref.WeakValueDictionary(y=b)
d.update(other)
print(sorted((k, v.n) for k, v in d.items()))
d |= {"z": c}
print(sorted(d))
try:
    d.update([1])
except TypeError as ex:
    print("bad pair:", ex)
try:
    d.update(1, 2)
except TypeError as ex:
    print("two positionals:", ex)
