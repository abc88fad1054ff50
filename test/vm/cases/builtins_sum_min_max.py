# sum, min and max: start values, keys, defaults, ties, and their errors.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.1] * 3), sum([1, 0.1, 0.2]), sum([True, True]), sum(x * x for x in range(5)))
print(min(3, 1, 2), max([3, 1, 2]), min("hello"), max("a", "bb", "c", key=len), min([], default="none"), max([(1, "b"), (1, "a")]))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: -p[1]))
for call in (lambda: max([]), lambda: min(), lambda: max(1, 2, default=0), lambda: sum(["a", "b"], ""), lambda: sum(["a"]), lambda: max(1, "a"), lambda: min(5)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
