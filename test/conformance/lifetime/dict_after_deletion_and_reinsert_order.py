# Deleting and re-inserting a dict key moves it to the end of the release order.
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("release", self.n)

d = {"a": V("a1"), "b": V("b"), "c": V("c")}
print("replace a's value")
d["a"] = V("a2")
print("delete b")
del d["b"]
d["b"] = V("b2")
print("dropping dict")
d = None
