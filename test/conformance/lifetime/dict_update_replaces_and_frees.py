# dict.update frees values that are overwritten, in the order the update visits the keys.
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("V", self.n, "freed")

d = {"a": V("a1"), "b": V("b1"), "c": V("c1")}
d.update({"c": V("c2"), "a": V("a2")})
print("after update", sorted(d))
d.update(b=None)
print("b set to None")
