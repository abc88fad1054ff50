# x += ... on an object whose __iadd__ returns a new object frees the old one.
class Counter:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Counter(self.v + other)
    def __del__(self):
        print("counter", self.v, "dropped")

c = Counter(0)
for step in range(3):
    c += 1
    print("now", c.v)
print("done with", c.v)
