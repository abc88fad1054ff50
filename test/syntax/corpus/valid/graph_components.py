from collections import defaultdict


def components(edges: list[tuple[str, str]]) -> list[set[str]]:
    adj: defaultdict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        adj[a].add(b)
        adj[b].add(a)
    seen: set[str] = set()
    result = []
    for start in sorted(adj):
        if start in seen:
            continue
        comp, stack = set(), [start]
        while stack:
            node = stack.pop()
            if node in comp:
                continue
            comp.add(node)
            stack.extend(adj[node] - comp)
        seen |= comp
        result.append(comp)
    return result


def has_cycle_directed(graph: dict[str, list[str]]) -> bool:
    WHITE, GREY, BLACK = 0, 1, 2
    color = dict.fromkeys(graph, WHITE)

    def visit(u) -> bool:
        color[u] = GREY
        for v in graph.get(u, []):
            if color.get(v, WHITE) == GREY or (color.get(v, WHITE) == WHITE and visit(v)):
                return True
        color[u] = BLACK
        return False

    return any(color[u] == WHITE and visit(u) for u in graph)


refs = [("a", "b"), ("b", "c"), ("d", "e"), ("f", "f"), ("c", "a")]
print([sorted(c) for c in components(refs)])
print(has_cycle_directed({"a": ["b"], "b": ["c"], "c": []}), has_cycle_directed({"a": ["b"], "b": ["a"]}))
