# A cycle that is still reachable from a global survives gc.collect().
import gc
gc.disable()
gc.collect()

class Node:
    def __del__(self):
        print("node freed")

a = Node()
b = Node()
a.b, b.a = b, a
anchor = [a]
del a, b
print("collect with anchor:", gc.collect())
anchor.clear()
print("collect after anchor cleared:", gc.collect())
