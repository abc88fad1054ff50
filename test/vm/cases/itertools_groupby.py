# groupby with and without key functions, and groups that go stale when the groupby advances.
from itertools import groupby
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
groups = [g for k, g in groupby("xxyyz")]
print([list(g) for g in groups])
data = sorted([("b", 2), ("a", 1), ("b", 5), ("a", 3)])
print({k: [v for _, v in g] for k, g in groupby(data, key=lambda p: p[0])})
