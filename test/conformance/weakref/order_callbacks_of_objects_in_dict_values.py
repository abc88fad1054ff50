# Callbacks for values of a dying dict follow the dict's value release order (insertion order).
import weakref

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

d = {k: V(k) for k in ["x", "y", "z"]}
refs = [weakref.ref(v, lambda r, n=v.n: print("callback", n)) for v in d.values()]
d = None
print("end")
