def f(items):
    funcs = [lambda: x for x in items]
    other = [lambda: y for y in items if (z := y)]
    return funcs, other, z
