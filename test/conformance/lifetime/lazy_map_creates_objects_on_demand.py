# map() creates objects only when consumed; each intermediate dies when the consumer drops it.
class Item:
    def __init__(self, n):
        self.n = n
        print("create", n)
    def __del__(self):
        print("free", self.n)

m = map(Item, range(3))
print("map object made, nothing created yet")
first = next(m)
print("got", first.n)
total = sum(i.n for i in m)
print("total of the rest", total)
