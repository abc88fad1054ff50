# 3.14: while iterating a WeakValueDictionary, a value that dies is removed from `data` at once (the
# iteration walks a copy); entries not yet visited that died are skipped.
import weakref

class V:
    def __init__(self, n):
        self.n = n

strong = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary((i, v) for i, v in enumerate(strong))
seen = []
for k in d:
    seen.append(k)
    if k == 1:
        strong[3] = None
        print("during iteration: len", len(d), "len(data)", len(d.data), "3 in d", 3 in d)
print("seen", seen)
print("after:", len(d), sorted(d.keys()))
