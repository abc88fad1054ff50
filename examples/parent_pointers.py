# A tree whose children point back at their parent weakly: no cycle, so it is freed by refcounting.
import weakref


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    def __del__(self):
        print("freed", self.name)


root = Node("root")
leaf = Node("leaf", root)
print(leaf.parent.name)

del root                  # the only strong reference: freed at once, no collector needed
print(leaf.parent)
del leaf
