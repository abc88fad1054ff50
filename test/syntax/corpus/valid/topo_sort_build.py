"""Order build targets so that every target comes after its dependencies."""
from collections import deque
from graphlib import CycleError, TopologicalSorter


def kahn(deps: dict[str, set[str]]) -> list[str]:
    nodes = set(deps) | {d for ds in deps.values() for d in ds}
    indegree = {n: 0 for n in nodes}
    users: dict[str, list[str]] = {n: [] for n in nodes}
    for target, ds in deps.items():
        for d in ds:
            indegree[target] += 1
            users[d].append(target)
    ready = deque(sorted(n for n, k in indegree.items() if k == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for u in sorted(users[n]):
            indegree[u] -= 1
            if indegree[u] == 0:
                ready.append(u)
    if len(order) != len(nodes):
        stuck = sorted(n for n, k in indegree.items() if k > 0)
        raise ValueError(f"dependency cycle among {stuck}")
    return order


makefile = {
    "app": {"libcore.a", "libui.a", "main.o"},
    "libcore.a": {"core.o", "util.o"},
    "libui.a": {"ui.o", "util.o"},
    "main.o": {"main.c", "config.h"},
    "core.o": {"core.c", "config.h"},
    "ui.o": {"ui.c"},
    "util.o": {"util.c"},
}
print(kahn(makefile))
try:
    print(list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order()))
except CycleError as e:
    print("cycle:", e.args[1])
