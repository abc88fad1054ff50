import heapq
from collections import defaultdict
from math import inf


def dijkstra(graph: dict[str, dict[str, float]], source: str) -> tuple[dict[str, float], dict[str, str]]:
    dist = defaultdict(lambda: inf, {source: 0.0})
    prev: dict[str, str] = {}
    heap = [(0.0, source)]
    done = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in graph.get(u, {}).items():
            if (nd := d + w) < dist[v]:
                dist[v], prev[v] = nd, u
                heapq.heappush(heap, (nd, v))
    return dict(dist), prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


roads = {
    "A": {"B": 7, "C": 9, "F": 14},
    "B": {"A": 7, "C": 10, "D": 15},
    "C": {"A": 9, "B": 10, "D": 11, "F": 2},
    "D": {"B": 15, "C": 11, "E": 6},
    "E": {"D": 6, "F": 9},
    "F": {"A": 14, "C": 2, "E": 9},
}
dist, prev = dijkstra(roads, "A")
for node in sorted(dist):
    print(f"{node}: {dist[node]:>4.0f} via {' -> '.join(path_to(prev, node))}")
