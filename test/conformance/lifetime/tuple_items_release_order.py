# When a tuple dies, CPython releases its items in a fixed order; this pins it down.
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("tuple item", self.n)

t = (Item("a"), Item("b"), Item("c"), Item("d"))
print("dropping tuple")
t = None
print("tuple gone")
