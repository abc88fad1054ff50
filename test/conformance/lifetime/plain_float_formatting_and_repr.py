# Float repr, str, rounding and formatting of common values.
vals = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1.5e-7, 100.0, -0.0, 3.0 * 1.1, 1e22, 123456789.123]
for v in vals:
    print(repr(v), f"{v:.2f}", f"{v:g}", round(v, 3))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(float("inf"), -float("inf"), float("nan"))
print(7 / 2, 8 / 2, 2 ** 0.5, 10 ** -2)
print(int(3.99), int(-3.99), float(7), 5 / 1)
