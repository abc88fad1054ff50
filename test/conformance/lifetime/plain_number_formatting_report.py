# Formatting numbers in a report: currency, percentages, padding, signs and scientific notation.
values = [0, 7, -12.5, 1234.5678, 0.000123, 98765432.1]
for v in values:
    print(f"{v:>14,.2f} | {v:>+10.1f} | {v:>12.3e} | {v:>8.1%}")
print(f"{'':-^50}")
print(f"{12:>5d}{34:>5d}{-5:>5d}")
print(f"{3.0:g} {3.10:g} {1e-5:g} {123456789.0:g} {0.0001:g}")
