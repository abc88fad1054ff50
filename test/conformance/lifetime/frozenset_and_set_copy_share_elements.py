# A set copy and a frozenset share their elements with the original; elements die after the last holder.
class E:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __del__(self):
        print("E", self.n, "freed")

s = {E(1), E(2)}
f = frozenset(s)
c = s.copy()
del s
print("original set gone")
del c
print("copy gone")
del f
print("end")
