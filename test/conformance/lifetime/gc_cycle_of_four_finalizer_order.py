# Finalizers of a four-object ring run in allocation order when the ring becomes garbage.
import gc
gc.disable()
gc.collect()

class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("finalize", self.n, "-> next is", self.next.n)

ring = [R(i) for i in range(4)]
for i, r in enumerate(ring):
    r.next = ring[(i + 1) % 4]
head = ring[2]
del ring, r, i
head = None
print("collect:", gc.collect())
