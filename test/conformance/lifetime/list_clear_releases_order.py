# list.clear() releases the items, and this file records the order it uses.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("cleared", self.n)

xs = [I(0), I(1), I(2), I(3)]
print("clear")
xs.clear()
print("len", len(xs))
