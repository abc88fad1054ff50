# Overwriting a key with a new value means the old value's death no longer affects the entry.
import weakref

class V:
    def __init__(self, n):
        self.n = n

old, new = V("old"), V("new")
d = weakref.WeakValueDictionary()
d["k"] = old
d["k"] = new
del old
print(d["k"].n, len(d))
del new
print(len(d))
