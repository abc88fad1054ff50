# Printing a table of records with computed column widths.
rows = [("Name", "Qty", "Price"), ("apple", 3, 0.5), ("watermelon", 1, 3.25), ("fig", 12, 0.3)]
widths = [max(len(str(r[i]) if not isinstance(r[i], float) else f"{r[i]:.2f}") for r in rows) for i in range(3)]
for n, r in enumerate(rows):
    cells = []
    for i, v in enumerate(r):
        text = f"{v:.2f}" if isinstance(v, float) else str(v)
        cells.append(text.ljust(widths[i]) if i == 0 else text.rjust(widths[i]))
    print(" | ".join(cells))
    if n == 0:
        print("-+-".join("-" * w for w in widths))
