from functools import cache


def knapsack_table(items, capacity):
    """items: list of (name, weight, value). Returns best value and chosen names."""
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen, c = [], capacity
    for i in range(n, 0, -1):
        if best[i][c] != best[i - 1][c]:
            name, w, _ = items[i - 1]
            chosen.append(name)
            c -= w
    return best[n][capacity], chosen[::-1]


def knapsack_memo(items, capacity):
    @cache
    def go(i, c):
        if i == len(items):
            return 0
        _, w, v = items[i]
        skip = go(i + 1, c)
        return max(skip, v + go(i + 1, c - w)) if w <= c else skip
    return go(0, capacity)


gear = [("tent", 5, 60), ("stove", 3, 50), ("camera", 2, 70), ("book", 1, 10), ("rope", 4, 40)]
print(knapsack_table(gear, 8), knapsack_memo(gear, 8))
