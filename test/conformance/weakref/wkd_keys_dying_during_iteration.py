# Keys that die while iterating a WeakKeyDictionary do not break the loop.
import weakref

class K:
    def __init__(self, n):
        self.n = n

strong = [K(i) for i in range(5)]
d = weakref.WeakKeyDictionary({k: k.n for k in strong})
visited = []
for k, v in d.items():
    visited.append(v)
    if v == 1:
        del strong[2:]
del k
print("visited:", visited)
print("left:", sorted(d.values()))
