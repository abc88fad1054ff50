# Callbacks for items of a list fire as the list frees them, last item first.
import weakref

class Item:
    def __init__(self, n):
        self.n = n

items = [Item(i) for i in range(4)]
refs = [weakref.ref(it, lambda r, n=it.n: print("item", n, "gone")) for it in items]
del items
print("end")
