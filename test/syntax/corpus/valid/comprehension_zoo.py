from itertools import product

words = ["weak", "ref", "finalize", "del", "gc", "cycle", "proxy"]
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]

lengths = [len(w) for w in words]
short_upper = [w.upper() for w in words if len(w) <= 3]
flat = [x for row in matrix for x in row]
flat_odd = [x for row in matrix if row[0] > 1 for x in row if x % 2 if x > 4]
transpose = [[row[i] for row in matrix] for i in range(len(matrix[0]))]
by_letter = {w[0]: [v for v in words if v[0] == w[0]] for w in words}
letter_set = {c for w in words for c in w if c not in "aeiou"}
pairs = {(a, b) for a, b in product(range(3), repeat=2) if a < b}
inverse = {v: k for k, v in enumerate(words)}
squares = (n * n for n in range(10))
total = sum(n for n in range(100) if n % 3 == 0 if n % 5 == 0)
labels = [("even" if n % 2 == 0 else "odd") for n in range(5)]
walrus_comp = [y for x in range(10) if (y := x * x) > 20]
nested_gen = list(list(c for c in w) for w in words[:2])
conds = [a for a in range(20) if a > 3 and not a % 4 or a == 1]
dict_of_sets = {k: {i for i in range(k)} for k in range(4)}
unpacked = [*(x for x in "ab"), *[1, 2], *{"k": 0}]
zipped = {k: v for k, v in zip(words, lengths, strict=True) if v > 2}
cartesian = [f"{r}{c}" for r in "abc" for c in range(1, 4) if (r, c) != ("b", 2)]
print(flat_odd, transpose, sorted(letter_set), pairs, total, walrus_comp, cartesian)
print(max(squares), any(w.startswith("f") for w in words), all(lengths), unpacked)
