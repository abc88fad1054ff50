# Set operations on integer sets printed sorted: union, intersection, difference, subset tests.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print({1, 2} <= a, {1, 9} <= a, a >= {5}, a.isdisjoint({10, 11}))
a.add(10)
a.discard(1)
a.discard(99)
print(sorted(a), len(a))
c = set([3, 3, 3, 1])
print(sorted(c), 3 in c, sorted({x % 3 for x in range(10)}))
print(sorted(frozenset([2, 1]) | {0}), type(frozenset([1]) | {2}).__name__)
