# A doubly linked list forms cycles, so dropping it frees nothing until gc.collect().
import gc
gc.disable()

class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None
    def __del__(self):
        print("node", self.value, "finalized")

nodes = [Node(i) for i in range(3)]
for a, b in zip(nodes, nodes[1:]):
    a.next = b
    b.prev = a
head = nodes[0]
del nodes, a, b
print("dropping head")
head = None
print("collecting")
print("unreachable found:", gc.collect())
print("end")
