# Finalizers of objects in one unreachable cycle run during gc.collect(), in the order gc finds them.
import gc
gc.disable()
gc.collect()

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)

a, b, c = N("a"), N("b"), N("c")
a.next, b.next, c.next = b, c, a
del a, b, c
print("collect ->", gc.collect())
