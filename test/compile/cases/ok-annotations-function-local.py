def f():
    x: undefined_name = 1
    y: int
    (z): int = 2
    return x
