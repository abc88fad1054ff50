# 3.14: a key that dies while a WeakKeyDictionary is iterated leaves `data` at once; the snapshot
# skips it because its reference is dead.
import weakref

class K:
    def __init__(self, n):
        self.n = n

keys = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary((k, k.n * 10) for k in keys)
out = []
for k, v in d.items():
    out.append((k.n, v))
    if k.n == 0:
        keys[2] = None
        print("len during:", len(d))
    del k
print(out, len(d))
vals = []
for v in d.values():
    vals.append(v)
    keys[3] = None
print(vals, len(d))
