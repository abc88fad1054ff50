# setdefault replaces an entry whose value already died.
import weakref

class V:
    def __init__(self, n):
        self.n = n

d = weakref.WeakValueDictionary()
t = V("temp")
d["k"] = t
del t
fresh = V("fresh")
print(d.setdefault("k", fresh).n)
print(d["k"].n)
