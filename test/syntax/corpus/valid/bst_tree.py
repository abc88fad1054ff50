from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Optional


@dataclass
class Node:
    key: int
    value: str
    left: Optional[Node] = None
    right: Optional[Node] = None


class BST:
    def __init__(self) -> None:
        self.root: Node | None = None
        self.size = 0

    def insert(self, key: int, value: str) -> None:
        link = "root"
        parent = self
        node = self.root
        while node is not None:
            if key == node.key:
                node.value = value
                return
            parent, link = node, "left" if key < node.key else "right"
            node = getattr(node, link)
        setattr(parent, link, Node(key, value))
        self.size += 1

    def __iter__(self) -> Iterator[tuple[int, str]]:
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key, node.value
            node = node.right

    def height(self, node: Node | None = ..., /) -> int:
        node = self.root if node is ... else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def floor(self, key: int) -> int | None:
        best, node = None, self.root
        while node:
            if node.key == key:
                return key
            if node.key < key:
                best, node = node.key, node.right
            else:
                node = node.left
        return best


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k, f"v{k}")
print([k for k, _ in t], t.size, t.height(), t.floor(55), t.floor(10))
