import gc
import weakref


class Node:
    def __init__(self, n):
        self.n = n


nodes = {i: Node(i) for i in range(10)}
table = weakref.WeakValueDictionary(nodes)

# Dropping strong references while iterating a weak dictionary is safe:
# removals are deferred until the iteration ends.
for key, node in table.items():
    if key % 2:
        del nodes[key]
    del node

gc.collect()
print(sorted(table.keys()))
snapshot = list(table.valuerefs())
print(len(snapshot), all(r() is not None for r in snapshot))
keyed = weakref.WeakKeyDictionary({v: k for k, v in nodes.items()})
print(len(keyed), sorted(keyed.values())[:3])
