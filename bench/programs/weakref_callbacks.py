# 200,000 objects, each weakly referenced with a callback; each dies as soon as its loop
# iteration rebinds the name, so its callback runs at once.
import weakref


class Node:
    def __init__(self, value):
        self.value = value


dead = 0


def on_death(ref):
    global dead
    dead += 1


refs = []
for i in range(200_000):
    node = Node(i)
    refs.append(weakref.ref(node, on_death))
del node
alive = 0
for r in refs:
    if r() is not None:
        alive += 1
print(dead, alive, len(refs))
