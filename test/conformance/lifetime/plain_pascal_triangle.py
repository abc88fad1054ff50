# Pascal's triangle rows built from the previous row, centred text output.
rows = [[1]]
for _ in range(7):
    prev = rows[-1]
    rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
width = len(" ".join(map(str, rows[-1])))
for r in rows:
    print(" ".join(map(str, r)).center(width).rstrip())
print([sum(r) for r in rows])
