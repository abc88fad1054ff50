# Three steps of Conway's Game of Life on a small grid of lists.
grid = [
    "......",
    "..#...",
    "...#..",
    ".###..",
    "......",
    "......",
]
cells = [[c == "#" for c in row] for row in grid]

def step(cells):
    n = len(cells)
    new = [[False] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            live = sum(cells[(r + dr) % n][(c + dc) % n] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
            new[r][c] = live == 3 or (cells[r][c] and live == 2)
    return new

for gen in range(3):
    cells = step(cells)
    print(f"generation {gen + 1}:")
    for row in cells:
        print("".join("#" if v else "." for v in row))
