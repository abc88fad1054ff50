# len, `in` and del on a WeakValueDictionary, including deleting a missing key.
import weakref

class V:
    pass

vals = [V(), V()]
d = weakref.WeakValueDictionary({"x": vals[0], "y": vals[1]})
print(len(d), "x" in d, "q" in d)
del d["x"]
print(len(d), "x" in d)
try:
    del d["x"]
except KeyError as e:
    print("KeyError:", e)
