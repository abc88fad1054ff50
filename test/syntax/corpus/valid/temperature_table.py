"""Print a Celsius / Fahrenheit / Kelvin conversion table."""

ABSOLUTE_ZERO = -273.15

print(f"{'°C':>6} {'°F':>7} {'K':>8}")
print("-" * 23)
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    k = c - ABSOLUTE_ZERO
    marker = " <- water boils" if c == 100 else " <- freezes" if c == 0 else ""
    print(f"{c:>6} {f:>7.1f} {k:>8.2f}{marker}")
