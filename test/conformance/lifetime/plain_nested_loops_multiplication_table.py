# A multiplication table with nested loops and aligned columns.
size = 6
print("    " + "".join(f"{c:4}" for c in range(1, size + 1)))
for r in range(1, size + 1):
    row = "".join(f"{r * c:4}" for c in range(1, size + 1))
    print(f"{r:3} {row}")
