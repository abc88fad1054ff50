# Objects with __del__ in a reference cycle: refcounting cannot free them, the cycle collector can.
import gc


class Resource:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print("closing", self.name)


gc.disable()              # so the collection below happens where we say
a = Resource("a")
b = Resource("b")
a.peer = b
b.peer = a

del a, b                  # each still holds the other: nothing is freed yet
print("after del")
found = gc.collect()      # the collector runs both __del__ (PEP 442), then frees the pair
print("collected", found)
