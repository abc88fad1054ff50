from __future__ import annotations

import weakref
from collections.abc import Iterator


class Node:
    __slots__ = ("name", "children", "_parent", "__weakref__")

    def __init__(self, name: str, parent: Node | None = None):
        self.name = name
        self.children: list[Node] = []
        self._parent = weakref.ref(parent) if parent is not None else None
        if parent is not None:
            parent.children.append(self)

    @property
    def parent(self) -> Node | None:
        return self._parent() if self._parent else None

    def path(self) -> str:
        parts = []
        node = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/" + "/".join(reversed(parts))

    def walk(self, depth: int = 0) -> Iterator[tuple[int, Node]]:
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


root = Node("")
etc = Node("etc", root)
Node("hosts", etc)
Node("passwd", etc)
usr = Node("usr", root)
bin_ = Node("bin", usr)
Node("python3.14", bin_)

for depth, node in root.walk():
    print("  " * depth + (node.name or "/"), "->", node.path())

leaf = bin_.children[0]
del root, etc, usr, bin_
print(leaf.parent)  # the bin node keeps only a weak pointer up
