# Sorting a list keeps every item alive; only the key-function temporaries die.
class Key:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __del__(self):
        print("key", self.v, "freed")

class Item:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("item", self.v, "freed")

xs = [Item(3), Item(1), Item(2)]
xs.sort(key=lambda i: Key(i.v))
print("sorted", [i.v for i in xs])
del xs
print("end")
