# Keys of a WeakValueDictionary are ordinary strong keys: ints, tuples and strings all work.
import weakref

class V:
    pass

vals = [V() for _ in range(3)]
d = weakref.WeakValueDictionary()
d[1] = vals[0]
d[(2, "b")] = vals[1]
d["three"] = vals[2]
print(list(d.keys()))
vals.pop(1)
print(list(d.keys()))
