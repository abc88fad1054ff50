# ZeroDivisionError messages for int, float, floor division and modulo.
cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 2.5 % 0.0, lambda: divmod(3, 0), lambda: 0 ** -1]
for c in cases:
    try:
        c()
    except ZeroDivisionError as e:
        print(e)
