# WeakKeyDictionary from a dict or pairs, update with a dict or pairs, and the | operator.
import weakref

class K:
    def __init__(self, n):
        self.n = n

ks = [K(i) for i in range(5)]
d = weakref.WeakKeyDictionary({ks[0]: "zero"})
d.update([(ks[1], "one")])
d.update({ks[2]: "two"})
print([(k.n, v) for k, v in d.items()])
m = d | {ks[3]: "three"}
print(type(m).__name__, [k.n for k in m])
d |= {ks[4]: "four"}
print([k.n for k in d])
