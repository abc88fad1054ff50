# Callbacks for values of a dict fire in insertion order when the dict dies.
import weakref

class V:
    pass

d = {}
refs = []
for key in ["q", "w", "e", "r"]:
    d[key] = V()
    refs.append(weakref.ref(d[key], lambda r, k=key: print("value under", k, "gone")))
d = None
print("end")
