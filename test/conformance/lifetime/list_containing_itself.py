# A list that contains itself is a cycle; clearing it breaks the cycle immediately.
import gc
gc.disable()

class Item:
    def __repr__(self):
        return "Item()"
    def __del__(self):
        print("item freed")

l = [Item()]
l.append(l)
print(len(l), l[1] is l)
print(repr(l))
l.clear()
print("cleared")
del l
print("end")
