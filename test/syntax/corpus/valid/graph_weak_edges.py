from __future__ import annotations

import weakref


class Vertex:
    def __init__(self, label: str) -> None:
        self.label = label
        self._out: weakref.WeakSet[Vertex] = weakref.WeakSet()

    def link(self, *others: Vertex) -> Vertex:
        self._out.update(others)
        return self

    @property
    def neighbours(self) -> list[str]:
        return sorted(v.label for v in self._out)

    def __repr__(self):
        return f"V({self.label})"


class Graph:
    """Owns its vertices strongly; edges between vertices are weak."""

    def __init__(self):
        self.vertices: dict[str, Vertex] = {}

    def add(self, label):
        return self.vertices.setdefault(label, Vertex(label))

    def remove(self, label):
        del self.vertices[label]


g = Graph()
a, b, c = (g.add(x) for x in "abc")
a.link(b, c)
b.link(c, a)
print(a.neighbours, b.neighbours)
del a, b, c
g.remove("c")
print({k: v.neighbours for k, v in g.vertices.items()})
