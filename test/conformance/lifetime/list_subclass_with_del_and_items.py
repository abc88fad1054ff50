# A list subclass's __del__ runs first, then its items are released from the last to the first.
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("item", self.n)

class Bag(list):
    def __del__(self):
        print("bag.__del__ sees", len(self), "items")

b = Bag([Item(1), Item(2), Item(3)])
del b
print("end")
