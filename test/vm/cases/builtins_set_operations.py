# set and frozenset algebra, comparisons, methods, and iteration order for ints.
a = {5, 3, 1, 9, 7}
b = {1, 2, 3, 4}
print(a, b, a | b, a & b, a - b, b - a, a ^ b, a <= b, {1, 3} < a, a >= {9}, a == frozenset(a))
print(a.union([10], (11,)), a.intersection(b, {3}), a.difference(b, {9}), a.symmetric_difference([3, 100]), a.isdisjoint({0}), a.issubset(range(10)), a.issuperset([1, 3]))
s = set()
s.add(3); s.add(3); s.update([4, 5], {6}); s.discard(4); s.discard(99); s.remove(5)
print(s, len(s), 3 in s, 99 in s, sorted({-1, -5, 3}), set("hello") == {"h", "e", "l", "o"}, frozenset([1, 2]) | {3})
c = {10, 20, 30}
c -= {10}; c |= {40}; c &= {20, 40, 50}; c ^= {50}
print(c, {x % 4 for x in range(10)}, {(1, 2), (3, 4)} == {(3, 4), (1, 2)}, {frozenset([1]), frozenset([1])})
print(set(), frozenset(), set([1, 1, 2]), frozenset("aa"), {-1, -2, -3, 8, 16}, set(range(20, 0, -3)))
for call in (lambda: set().pop(), lambda: {1}.remove(2), lambda: {[1]}, lambda: {1} + {2}, lambda: {1} < [1], lambda: set([1]).add([2]), lambda: hash({1})):
    try:
        call()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
