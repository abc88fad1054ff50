from itertools import product


def neighbours(cell):
    r, c = cell
    return {(r + dr, c + dc) for dr, dc in product((-1, 0, 1), repeat=2) if dr or dc}


def step(live: set[tuple[int, int]]) -> set[tuple[int, int]]:
    candidates = live | {n for cell in live for n in neighbours(cell)}
    return {cell for cell in candidates
            if len(neighbours(cell) & live) == 3 or (cell in live and len(neighbours(cell) & live) == 2)}


def render(live, rows=range(-1, 6), cols=range(-1, 8)):
    return "\n".join("".join("█" if (r, c) in live else "·" for c in cols) for r in rows)


glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
world = glider
for gen in range(4):
    print(f"generation {gen}:\n{render(world)}\n")
    world = step(world)
