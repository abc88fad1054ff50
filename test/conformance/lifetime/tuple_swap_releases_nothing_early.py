# Building and unpacking a temporary tuple for a rotation keeps all three objects alive throughout.
class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("V", self.n, "freed")

a, b, c = V(1), V(2), V(3)
a, b, c = b, c, a
print(a.n, b.n, c.n)
a = b = c = None
print("end")
