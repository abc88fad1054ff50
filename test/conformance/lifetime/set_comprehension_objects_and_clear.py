# set.clear() releases the elements held by a set built from a comprehension.
class E:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __del__(self):
        print("E", self.n, "freed")

s = {E(n) for n in (3, 1, 2)}
print("size", len(s))
s.clear()
print("cleared")
