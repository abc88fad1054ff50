# pop() hands the item to the caller; it dies only when the caller drops it.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("popped item", self.n, "died")

xs = [I(0), I(1), I(2)]
xs.pop()
print("after bare pop")
last = xs.pop()
print("holding", last.n)
del last
xs.pop(0)
print("remaining", len(xs))
