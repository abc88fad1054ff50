# Deleting entries while iterating is allowed in 3.14 (iteration uses a snapshot of the entries).
import weakref

class V:
    pass

vals = [V() for _ in range(4)]
d = weakref.WeakValueDictionary(enumerate(vals))
for k in d:
    if k % 2 == 0:
        del d[k]
print(sorted(d))
for k, v in d.items():
    d.pop(k)
print(len(d), list(d))
wk = weakref.WeakKeyDictionary((v, i) for i, v in enumerate(vals))
for key in wk:
    del wk[key]
print(len(wk))
ws = weakref.WeakSet(vals)
for item in ws:
    ws.discard(item)
print(len(ws))
