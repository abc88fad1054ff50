PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""


def parse(text):
    return [[0 if ch == "." else int(ch) for ch in line] for line in text.split()]


def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


def solve(grid):
    empties = [(r, c) for r in range(9) for c in range(9) if not grid[r][c]]
    if not empties:
        return True
    r, c = min(empties, key=lambda rc: len(candidates(grid, *rc)))
    for d in candidates(grid, r, c):
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    return False


g = parse(PUZZLE)
assert solve(g), "puzzle has no solution"
for i, row in enumerate(g):
    if i and i % 3 == 0:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[k:k + 3])) for k in (0, 3, 6)))
