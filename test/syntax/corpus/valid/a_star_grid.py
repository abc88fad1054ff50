import heapq
from itertools import count

GRID = [
    "S....#....",
    ".##..#.##.",
    ".#...#..#.",
    ".#.###..#.",
    "...#...##.",
    ".#...#...G",
]


def a_star(grid):
    rows, cols = len(grid), len(grid[0])
    pos = {ch: (r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch in "SG"}
    start, goal = pos["S"], pos["G"]
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    tie = count()
    open_ = [(h(start), next(tie), 0, start, None)]
    came, best = {}, {start: 0}
    while open_:
        _, _, g, cur, parent = heapq.heappop(open_)
        if cur in came:
            continue
        came[cur] = parent
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
                ng = g + 1
                if ng < best.get((nr, nc), float("inf")):
                    best[(nr, nc)] = ng
                    heapq.heappush(open_, (ng + h((nr, nc)), next(tie), ng, (nr, nc), cur))
    path, node = [], goal
    while node is not None:
        path.append(node)
        node = came.get(node)
    return path[::-1]


path = a_star(GRID)
canvas = [list(r) for r in GRID]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(r) for r in canvas), len(path) - 1)
