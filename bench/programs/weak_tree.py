# A depth-9 ternary tree whose children point back to their parent through weak references
# (no cycles): dropping the root frees the whole tree by reference counting, parents first.
import weakref


class Node:
    __count = 0

    def __init__(self, parent, depth):
        self.parent = None if parent is None else weakref.ref(parent)
        self.children = []
        self.depth = depth


def build(parent, depth):
    node = Node(parent, depth)
    if depth < 9:
        for _ in range(3):
            node.children.append(build(node, depth + 1))
    return node


def count(node):
    n = 1
    for child in node.children:
        if child.parent() is not node:
            raise AssertionError("broken parent link")
        n += count(child)
    return n


root = build(None, 0)
leaf = root
while leaf.children:
    leaf = leaf.children[-1]
print(count(root), leaf.depth)
probe = leaf.parent
del root, leaf
print(probe() is None)
