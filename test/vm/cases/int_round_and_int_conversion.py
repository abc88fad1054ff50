# int() truncation, round() to ints and tens, and float -> int conversions of large values.
for v in (2.5, -2.5, 3.5, 0.49999999999999994, 1e20, -1e20, 1.5e300):
    print(v, int(v), round(v), int(v) == v)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, -5), round(10 ** 20 + 5 * 10 ** 18, -19))
print(int("  12  "), int(" -0 "), int("0"), int("+0x10", 16), int("1" * 40))
