import random


def quickselect(xs: list[float], k: int) -> float:
    """k-th smallest element (0-based), expected O(n)."""
    if not 0 <= k < len(xs):
        raise IndexError(k)
    lo, hi = 0, len(xs) - 1
    xs = list(xs)
    while True:
        if lo == hi:
            return xs[lo]
        p = random.randint(lo, hi)
        xs[p], xs[hi] = xs[hi], xs[p]
        store = lo
        for i in range(lo, hi):
            if xs[i] < xs[hi]:
                xs[i], xs[store] = xs[store], xs[i]
                store += 1
        xs[store], xs[hi] = xs[hi], xs[store]
        if k == store:
            return xs[k]
        lo, hi = (store + 1, hi) if k > store else (lo, store - 1)


def median(xs):
    n = len(xs)
    return quickselect(xs, n // 2) if n % 2 else (quickselect(xs, n // 2 - 1) + quickselect(xs, n // 2)) / 2


print(median([7, 1, 3, 9, 5]), median([4, 1, 3, 2]), quickselect(list(range(100, 0, -1)), 9))
