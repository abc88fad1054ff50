# When a list dies, its items are released from the last index to the first.
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("item", self.n)

lst = [Item(i) for i in range(5)]
print("dropping list")
del lst
print("list gone")
