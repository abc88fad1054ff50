# Floor division and modulo with negative operands, divmod, and the identity a == b*q + r.
for a in (7, -7, 0, 13, -13):
    for b in (2, -2, 3, -5):
        q, r = divmod(a, b)
        print(a, b, a // b, a % b, (q, r), a == b * q + r)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5), -7.5 // 2, 7.5 % -2, -0.0 // 1)
for bad in (lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 // 0, lambda: 1.0 % 0.0, lambda: 5 / 0):
    try:
        bad()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
