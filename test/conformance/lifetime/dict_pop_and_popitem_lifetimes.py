# dict.pop and popitem transfer values to the caller; discarded results die at once.
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("value", self.n, "freed")

d = {i: V(i) for i in range(4)}
d.pop(1)
print("after pop(1)")
k, v = d.popitem()
print("popitem gave", k, v.n)
del v
d.pop(99, None)
print("left", sorted(d))
d.clear()
print("end")
