import random


def merge_row(row: list[int]) -> tuple[list[int], int]:
    tiles = [v for v in row if v]
    out, score, i = [], 0, 0
    while i < len(tiles):
        if i + 1 < len(tiles) and tiles[i] == tiles[i + 1]:
            out.append(tiles[i] * 2)
            score += tiles[i] * 2
            i += 2
        else:
            out.append(tiles[i])
            i += 1
    return out + [0] * (len(row) - len(out)), score


def move(board, direction):
    rotations = {"left": 0, "up": 1, "right": 2, "down": 3}[direction]
    b = [row[:] for row in board]
    for _ in range(rotations):
        b = [list(r) for r in zip(*b[::-1])]
    merged = [merge_row(r) for r in b]
    b, score = [r for r, _ in merged], sum(s for _, s in merged)
    for _ in range((4 - rotations) % 4):
        b = [list(r) for r in zip(*b[::-1])]
    return b, score


def spawn(board, rng):
    empty = [(r, c) for r, row in enumerate(board) for c, v in enumerate(row) if not v]
    if empty:
        r, c = rng.choice(empty)
        board[r][c] = 4 if rng.random() < 0.1 else 2


rng = random.Random(2048)
board = [[0] * 4 for _ in range(4)]
spawn(board, rng); spawn(board, rng)
total = 0
for d in ["left", "up", "right", "down"] * 5:
    new, s = move(board, d)
    if new != board:
        board, total = new, total + s
        spawn(board, rng)
print("\n".join(" ".join(f"{v or '.':>4}" for v in row) for row in board), f"\nscore {total}")
