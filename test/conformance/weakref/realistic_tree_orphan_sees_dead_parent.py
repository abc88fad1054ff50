# A child kept alive after its parent is gone finds its weak parent pointer dead.
import weakref

class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent_ref = weakref.ref(parent) if parent else (lambda: None)
        self.kids = []
        if parent:
            parent.kids.append(self)

root = Node("root")
leaf = Node("leaf", root)
print(leaf.parent_ref().name)
del root
print(leaf.parent_ref())
