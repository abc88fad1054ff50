# clear() empties the dictionary; it can be refilled afterwards.
import weakref

class V:
    pass

keep = [V(), V()]
d = weakref.WeakValueDictionary({"a": keep[0], "b": keep[1]})
d.clear()
print(len(d), list(d))
d["c"] = keep[0]
print(list(d))
