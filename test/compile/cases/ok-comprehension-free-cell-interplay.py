def f():
    y = 1
    z = [lambda: y for _ in range(2)]
    w = [y for y in range(2)]
    return z, w
