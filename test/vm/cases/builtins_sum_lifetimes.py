# sum, min and max consume one item at a time: each temporary dies before the next is made.
class N:
    def __init__(self, v):
        self.v = v
        print("make", v)
    def __add__(self, other):
        return N(self.v + (other.v if isinstance(other, N) else other))
    __radd__ = __add__
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return self.v > other.v
    def __del__(self):
        print("free", self.v)
def gen():
    for v in (3, 1, 2):
        yield N(v)
total = sum(gen())
print("total", total.v)
del total
best = max(gen())
print("max", best.v)
del best
print("end")
