# Removing an element from a set frees it immediately when the set held the only reference.
class E:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, E) and other.n == self.n
    def __del__(self):
        print("E", self.n, "freed")

s = {E(1), E(2), E(3)}
print("discard 2")
s.discard(E(2))
print("remove 3")
s.remove(E(3))
print("size", len(s))
s = set()
print("end")
