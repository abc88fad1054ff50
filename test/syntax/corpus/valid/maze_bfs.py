from collections import deque

MAZE = """\
#########
#S..#...#
#.#.#.#.#
#.#...#.#
#.#####.#
#...#..E#
#########"""


def solve(maze: str) -> list[tuple[int, int]] | None:
    grid = maze.splitlines()
    find = lambda ch: next((r, c) for r, row in enumerate(grid) for c, x in enumerate(row) if x == ch)
    start, end = find("S"), find("E")
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == end:
            path = []
            while cur is not None:
                path.append(cur)
                cur = prev[cur]
            return path[::-1]
        r, c = cur
        for nxt in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nxt[0]][nxt[1]] != "#" and nxt not in prev:
                prev[nxt] = cur
                q.append(nxt)
    return None


path = solve(MAZE)
rows = [list(line) for line in MAZE.splitlines()]
for r, c in path[1:-1]:
    rows[r][c] = "•"
print("\n".join(map("".join, rows)), f"\n{len(path) - 1} steps")
