# A set of objects with small integer hashes releases elements in hash-table slot order.
class E:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, E) and other.n == self.n
    def __del__(self):
        print("element", self.n)

s = {E(4), E(1), E(3), E(2), E(0)}
print("set built, size", len(s))
s = None
print("set gone")
