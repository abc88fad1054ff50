# Unpacking assignment: the right-hand tuple is a temporary, its items survive via the new names.
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("item", self.n, "freed")

def pair():
    return Item(1), Item(2), Item(3)

x, _, z = pair()
print("unpacked", x.n, z.n)
_ = None
print("underscore cleared")
x = z = None
print("end")
