# Rebinding the name of a list being iterated does not stop the loop: the iterator holds the original.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("I", self.n, "freed")

items = [I(0), I(1), I(2)]
for it in items:
    print("visit", it.n)
    items = None
print("loop done")
del it
print("end")
