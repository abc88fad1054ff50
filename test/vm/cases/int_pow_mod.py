# Three-argument pow, negative exponents with a modulus, and pow's errors.
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-7, 3, 5), pow(7, 3, -5), pow(2, -1, 7), pow(5, -2, 13))
print(pow(2, 0, 1), pow(0, 0), 0 ** 0, pow(2.0, 3), pow(4, 0.5), pow(-4, 0.5))
for args in ((2, -1, 4), (2, 3, 0), (2.0, 3, 5), (0, -1)):
    try:
        print(pow(*args))
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
