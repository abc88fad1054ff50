# divmod and % on floats keep the sign of the divisor; signed zeros come out as CPython's.
for a, b in ((7.0, 3.0), (-7.0, 3.0), (7.0, -3.0), (-7.0, -3.0), (0.0, 5.0), (-0.0, 5.0), (0.0, -5.0), (5.5, 0.1), (1e300, 1e-300)):
    print(a, b, divmod(a, b), a % b, a // b)
print(5 % -0.3, -5 % 0.3, 3.0 % float("inf"), -3.0 % float("inf"))
