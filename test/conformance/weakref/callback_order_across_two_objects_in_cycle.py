# Two objects in one garbage cycle, each watched by a callback: the order the collector fires them.
import gc
import weakref
gc.disable()

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

a, b = N("a"), N("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: print("callback for a"))
rb = weakref.ref(b, lambda r: print("callback for b"))
del a, b
gc.collect()
print("end")
