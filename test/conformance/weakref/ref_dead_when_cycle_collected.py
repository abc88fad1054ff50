# A weak reference to an object in a garbage cycle goes dead only when the collector reclaims it.
import gc
import weakref
gc.disable()

class Node:
    pass

a = Node()
b = Node()
a.b, b.a = b, a
r = weakref.ref(a)
del a, b
print("after del, alive:", r() is not None)
gc.collect()
print("after collect, alive:", r() is not None)
