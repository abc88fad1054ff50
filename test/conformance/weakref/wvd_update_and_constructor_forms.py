# WeakValueDictionary construction from a dict, pairs and keywords, and update() with each form.
import weakref

class V:
    def __init__(self, n):
        self.n = n

vs = [V(i) for i in range(6)]
d1 = weakref.WeakValueDictionary({"a": vs[0]})
d2 = weakref.WeakValueDictionary([("b", vs[1])])
d3 = weakref.WeakValueDictionary(c=vs[2])
print(list(d1), list(d2), list(d3))
d1.update({"d": vs[3]})
d1.update([("e", vs[4])])
d1.update(f=vs[5])
print(list(d1), [v.n for v in d1.values()])
