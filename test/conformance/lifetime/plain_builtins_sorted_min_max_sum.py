# sorted, min, max and sum with keys, defaults, reverse and start values.
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min([], default="none"), max(3, 9, 4))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10))
print(sum([[1], [2, 3]], []))
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs), max(pairs), min(pairs, key=lambda p: p[1]))
