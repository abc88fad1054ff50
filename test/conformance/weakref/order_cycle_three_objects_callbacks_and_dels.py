# A three-object garbage cycle: all callbacks run first, then all __del__ methods.
import gc
import weakref
gc.disable()

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a, b, c = N("a"), N("b"), N("c")
a.n, b.n, c.n = b, c, a
refs = [weakref.ref(x, lambda r, name=x.name: print("callback", name)) for x in (a, b, c)]
del a, b, c
gc.collect()
print("end")
