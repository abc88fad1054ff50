# Per-node data for a tree stored in a WeakKeyDictionary goes away when a subtree is cut off.
import weakref

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

depth = weakref.WeakKeyDictionary()

def index(node, d=0):
    depth[node] = d
    for c in node.children:
        index(c, d + 1)

root = Node("root")
a, b = Node("a"), Node("b")
root.children = [a, b]
a.children = [Node("a1"), Node("a2")]
index(root)
print(len(depth), depth[a], max(depth.values()))
del a
root.children.pop(0)
print(len(depth))
