# A dict of atoms is untracked until a container is stored in it.
import gc

d = {"a": 1, "b": "x"}
print(gc.is_tracked(d))
d["c"] = []
print(gc.is_tracked(d))
del d["c"]
print(gc.is_tracked(d))
t = tuple([1, 2])
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
