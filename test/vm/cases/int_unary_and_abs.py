# Unary operators and abs on ints, floats, bools and big values; their errors.
for v in (5, -5, 0, 2 ** 80, -(2 ** 80), 2.5, -0.0, True):
    print(repr(v), -v, +v, abs(v), ~int(v) if isinstance(v, int) else "n/a")
for call in (lambda: -"a", lambda: +None, lambda: ~2.0, lambda: abs([1])):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
