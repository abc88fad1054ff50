# Each item of a dying list runs its __del__ and then its weakref callback before the next item is released.
import weakref

class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

items = [Item(i) for i in range(3)]
refs = [weakref.ref(it, lambda r, n=it.n: print("callback", n)) for it in items]
items = None
print("end")
