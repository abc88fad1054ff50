# When a dict dies, its keys and values are released in insertion order.
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("value", self.n)

d = {}
d["z"] = V("z")
d["a"] = V("a")
d["m"] = V("m")
print("dropping dict")
del d
print("dict gone")
