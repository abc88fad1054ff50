# At exit, objects still referenced by globals die and their callbacks and finalizers run in a recorded order.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

first = Obj("first")
second = Obj("second")
r1 = weakref.ref(first, lambda r: print("callback first"))
r2 = weakref.ref(second, lambda r: print("callback second"))
weakref.finalize(first, print, "finalize first")
print("main done")
