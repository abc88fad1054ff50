# Cycles made only of lists are found by gc.collect(); the count covers each list in the cycle.
import gc
gc.disable()
gc.collect()

a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

ring = [[] for _ in range(4)]
for i in range(4):
    ring[i].append(ring[(i + 1) % 4])
del ring, i
print("ring of four:", gc.collect())

d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())
