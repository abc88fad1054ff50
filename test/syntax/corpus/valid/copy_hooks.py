import copy
import weakref


class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.children = []
        self.parent = weakref.ref(parent) if parent else None
        if parent:
            parent.children.append(self)

    def __copy__(self):
        clone = Node.__new__(Node)
        clone.__dict__.update(self.__dict__)
        clone.children = list(self.children)
        return clone

    def __deepcopy__(self, memo):
        clone = Node.__new__(Node)
        memo[id(self)] = clone
        clone.name = self.name
        clone.parent = None
        clone.children = [copy.deepcopy(c, memo) for c in self.children]
        for c in clone.children:
            c.parent = weakref.ref(clone)
        return clone

    def __repr__(self):
        return f"{self.name}{self.children if self.children else ''}"


root = Node("root")
a = Node("a", root)
Node("a1", a)
Node("b", root)
shallow = copy.copy(root)
deep = copy.deepcopy(root)
print(shallow.children[0] is a, deep.children[0] is a, deep, deep.children[0].parent() is deep)
