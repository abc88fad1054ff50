# List, set and dict comprehensions, conditions and nested loops.
squares = [n * n for n in range(10)]
evens = [n for n in squares if n % 2 == 0]
pairs = [(i, j) for i in range(3) for j in range(i)]
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
transposed = [[row[i] for row in matrix] for i in range(3)]
flat = [x for row in matrix for x in row]
print(squares, evens, pairs, sep="\n")
print(matrix, transposed, flat, sep="\n")
print(sorted({n % 4 for n in range(20)}))
print({n: n ** 3 for n in range(5)})
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
