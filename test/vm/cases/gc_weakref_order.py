import gc
import weakref

class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

x = Item("x")
x.self_ref = x
w1 = weakref.ref(x, lambda r: print("cb w1"))
w2 = weakref.ref(x, lambda r: print("cb w2"))
del x
print("collecting")
n = gc.collect()
print("found", n)
print(w1(), w2())

y = Item("y")
w3 = weakref.ref(y, lambda r: print("cb w3"))
w4 = weakref.ref(y, lambda r: print("cb w4"))
del y
print("end")
