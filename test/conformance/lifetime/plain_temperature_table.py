# A Celsius to Fahrenheit table using range with a step and formatted columns.
print(f"{'C':>5} {'F':>7} {'K':>8}")
for c in range(-20, 41, 10):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f"{c:>5} {f:>7.1f} {k:>8.2f}")
freezing = [c for c in range(-20, 41, 10) if c <= 0]
print("at or below freezing:", freezing)
