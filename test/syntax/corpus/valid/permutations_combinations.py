from itertools import combinations, combinations_with_replacement, permutations, product
from math import comb, factorial, perm


def my_permutations(xs):
    if len(xs) <= 1:
        yield tuple(xs)
        return
    for i, x in enumerate(xs):
        for rest in my_permutations(xs[:i] + xs[i + 1:]):
            yield (x, *rest)


def my_combinations(xs, k, start=0, acc=()):
    if len(acc) == k:
        yield acc
        return
    for i in range(start, len(xs)):
        yield from my_combinations(xs, k, i + 1, acc + (xs[i],))


def powerset(xs):
    return [c for r in range(len(xs) + 1) for c in combinations(xs, r)]


letters = "abcd"
assert list(my_permutations(letters)) == list(permutations(letters))
assert list(my_combinations(letters, 2)) == list(combinations(letters, 2))
print(len(list(permutations(letters, 2))), perm(4, 2), comb(10, 3), factorial(20))
print(powerset("xyz"), list(combinations_with_replacement("ab", 2)), len(list(product(range(3), repeat=4))))
