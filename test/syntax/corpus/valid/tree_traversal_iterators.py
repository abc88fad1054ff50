from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass
class T:
    v: int
    kids: list[T] = field(default_factory=list)


def preorder(t: T) -> Iterator[int]:
    yield t.v
    for k in t.kids:
        yield from preorder(k)


def postorder(t: T) -> Iterator[int]:
    for k in t.kids:
        yield from postorder(k)
    yield t.v


def level_order(t: T) -> Iterator[list[int]]:
    level = [t]
    while level:
        yield [n.v for n in level]
        level = [k for n in level for k in n.kids]


def iterative_dfs(t: T) -> Iterator[int]:
    stack = deque([t])
    while stack:
        n = stack.pop()
        yield n.v
        stack.extend(reversed(n.kids))


tree = T(1, [T(2, [T(4), T(5)]), T(3, [T(6, [T(7)])])])
print(list(preorder(tree)), list(postorder(tree)), list(level_order(tree)), list(iterative_dfs(tree)))
assert list(preorder(tree)) == list(iterative_dfs(tree)), "both depth-first orders must agree"
