# Mixing ints and floats: promotion, exact comparisons, true division, float() and int() round trips.
print(1 + 2.0, 3 * 0.5, 7 / 2, 8 / 2, 2 ** 0.5, 2 ** -2, 10 // 3.0, 10 % 3.5, -7 // 2.0)
print(1 == 1.0, 0.1 + 0.2 == 0.3, 2 ** 60 == 2.0 ** 60, 2 ** 60 + 1 == 2.0 ** 60, 1 < 1.5 < 2)
print(float(7), float("1e3"), float(" 2.5 "), float("-inf"), float("1_000.5"), int(2.9e3), float(2 ** 1023))
print(0.1 + 0.2, 1e16 + 1, 1e16 + 2, 3.0 * 1.1, 100 * 1.1, 1.15 * 100)
print(max(1, 2.0), min(3, 2.5), abs(-2.5), abs(-3), sum([1, 2.5, 3]), sum([0.1] * 10), sum([1e100, 1.0, -1e100]))
for bad in (lambda: float("abc"), lambda: float("1e"), lambda: float(10 ** 400), lambda: float(None), lambda: 10 ** 400 * 1.0):
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
