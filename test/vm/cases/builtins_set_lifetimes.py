# Sets release elements in hash-table slot order; removal frees at once; copies share elements.
class E:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, E) and self.n == other.n
    def __repr__(self):
        return f"E{self.n}"
    def __del__(self):
        print("free", self.n)
s = {E(12), E(3), E(8), E(1), E(17)}
print(sorted(s, key=lambda e: e.n))
print("discard 8")
s.discard(E(8))
print("pop")
p = s.pop()
print("popped", p)
del p
print("copy and drop original")
t = s.copy()
s = None
print("intersection_update")
t &= {E(3), E(17)}
print("drop")
del t
print("end")
