# sorted() builds a new list; items live until both the original and the sorted list are gone.
class I:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __del__(self):
        print("I", self.n, "freed")

orig = [I(2), I(3), I(1)]
s = sorted(orig)
del orig
print("original list gone")
print([i.n for i in s])
del s
print("end")
