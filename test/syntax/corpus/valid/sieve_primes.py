import math
from itertools import compress, count, islice


def sieve(limit: int) -> list[int]:
    if limit < 2:
        return []
    flags = bytearray([1]) * (limit + 1)
    flags[0:2] = b"\x00\x00"
    for p in range(2, math.isqrt(limit) + 1):
        if flags[p]:
            flags[p * p :: p] = bytes(len(range(p * p, limit + 1, p)))
    return list(compress(range(limit + 1), flags))


def primes():
    """Unbounded incremental sieve."""
    composites: dict[int, list[int]] = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


print(sieve(50))
print(list(islice(primes(), 15)))
print(sum(sieve(10**5)), 0b1 << 10, 1_000_003 in set(islice(primes(), 80_000)))
