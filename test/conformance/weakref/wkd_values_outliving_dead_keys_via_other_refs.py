# A value referenced elsewhere survives its entry's removal when the key dies.
import weakref

class K:
    pass

class V:
    def __init__(self, n):
        self.n = n

shared = V("shared")
d = weakref.WeakKeyDictionary()
k = K()
d[k] = shared
del k
print(len(d), shared.n)
