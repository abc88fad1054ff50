# A dict subclass with __del__: the dict's own __del__ runs before its values are released.
class V:
    def __init__(self, k):
        self.k = k
    def __del__(self):
        print("value for", self.k)

class Registry(dict):
    def __del__(self):
        print("registry closing with keys", list(self))

r = Registry()
r["x"] = V("x")
r["y"] = V("y")
r = None
print("end")
