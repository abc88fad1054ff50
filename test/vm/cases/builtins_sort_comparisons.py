# The comparisons sort makes: only __lt__, and the order of calls on a small list.
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n}<{other.n}", end=" ")
        return self.n < other.n
    def __repr__(self):
        return str(self.n)
print(sorted([V(3), V(1), V(2), V(5), V(4)]))
print(sorted([V(1), V(2), V(3)]))
print(sorted([V(3), V(2), V(1)]))
print(max([V(2), V(9), V(4)]) if False else min([V(2), V(9), V(4)]))
