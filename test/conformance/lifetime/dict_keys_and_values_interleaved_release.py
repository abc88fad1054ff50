# A dict whose keys and values both have __del__ shows how key/value releases interleave.
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self is other
    def __del__(self):
        print("key", self.n)

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("val", self.n)

d = {K(3): V(3), K(1): V(1), K(2): V(2)}
print("drop")
d = None
print("end")
