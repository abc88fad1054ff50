"""Find groups of objects that keep each other alive (strongly connected components)."""
import sys
from collections.abc import Hashable, Mapping, Sequence


def tarjan(graph: Mapping[Hashable, Sequence[Hashable]]) -> list[list[Hashable]]:
    index: dict[Hashable, int] = {}
    low: dict[Hashable, int] = {}
    on_stack: set[Hashable] = set()
    stack: list[Hashable] = []
    result: list[list[Hashable]] = []
    counter = 0

    def strongconnect(v):
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            result.append(sorted(comp))

    sys.setrecursionlimit(max(1000, len(graph) * 2))
    for v in graph:
        if v not in index:
            strongconnect(v)
    return result


refs = {
    "frame": ["locals"],
    "locals": ["tree", "exc"],
    "tree": ["node1"],
    "node1": ["node2", "tree"],
    "node2": ["node1"],
    "exc": ["traceback"],
    "traceback": ["frame"],
    "leaf": [],
}
cycles = [c for c in tarjan(refs) if len(c) > 1 or c[0] in refs.get(c[0], ())]
print(cycles)
