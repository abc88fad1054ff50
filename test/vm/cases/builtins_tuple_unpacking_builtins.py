# Builtins returning tuples and their unpacking: divmod, enumerate, zip, dict.items.
q, r = divmod(100, 7)
first, *rest = sorted({5, 3, 9})
(a, b), c = zip("xy", "12"), 0
print(q, r, first, rest, list(a) if False else a, c)
for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
    print(i, k, v)
x, y = map(int, "3 4".split())
print(x * y, *zip(*[(1, 2), (3, 4)]))
