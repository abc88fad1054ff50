# dicts keep insertion order through updates and deletions; iteration errors on resize.
d = {}
for k in "dbca":
    d[k] = ord(k)
del d["b"]
d["b"] = 0
d["d"] = 1
print(d, list(d), list(d.values()), next(iter(d.items())))
d2 = dict(sorted(d.items()))
print(d2, d == d2, list(d2) == list(d))
it = iter(d)
next(it)
d["new"] = 5
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
