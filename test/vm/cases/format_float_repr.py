# repr and str of floats: shortest round-trip digits and the switch to exponent notation.
vals = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1.5e16, 123456789012345678.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 2.5, 1e22, 1e21, 0.000123, 3.0e-7, float("nan"), float("-inf")]
for v in vals:
    print(repr(v), str(v), v)
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 10 / 3, 2 ** 0.5, 1e308 * 10, -1e308 * 10)
