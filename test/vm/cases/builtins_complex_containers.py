# Nested comprehension results, unpacking with builtins, and container conversions.
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], sum(matrix, []), max(matrix, key=sum), sorted(matrix, key=lambda r: -r[0]))
print(dict(zip("abc", range(3))), dict(enumerate("xy")), list(map(list, zip("ab", "cd"))), set(map(len, ["a", "bb", "cc"])))
print(tuple(sorted({"b": 1, "a": 2}.items())), list(filter(str.isdigit, "a1b2c3")), "".join(reversed("stressed")))
print(any(x > 4 for row in matrix for x in row), all(len(r) == 3 for r in matrix), [*range(3), *"ab"], {**{"a": 1}, "b": 2})
