# Values dying while iterating a WeakValueDictionary are handled: removal is deferred until iteration ends.
import weakref

class V:
    def __init__(self, n):
        self.n = n

strong = {i: V(i) for i in range(5)}
d = weakref.WeakValueDictionary(strong)
visited = []
for k in d:
    visited.append(k)
    strong.pop((k + 1) % 5, None)
print("visited:", visited)
print("remaining:", sorted(d))
