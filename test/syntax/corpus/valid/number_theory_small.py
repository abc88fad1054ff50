from functools import reduce
from math import isqrt


def factorize(n: int) -> dict[int, int]:
    factors: dict[int, int] = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


def divisors(n):
    small = [d for d in range(1, isqrt(n) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))


def collatz_length(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_length(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]


def pascal(rows):
    row = [1]
    for _ in range(rows):
        yield row
        row = [a + b for a, b in zip([0, *row], [*row, 0])]


perfect = [n for n in range(2, 10_000) if sum(divisors(n)[:-1]) == n]
print(factorize(360), factorize(2**10 * 3**5 * 97), perfect)
print(max(range(1, 10_000), key=collatz_length), reduce(lambda a, b: a * b, factorize(1001).keys()))
for r in pascal(6):
    print(" ".join(map(str, r)).center(30))
