def f(a):
    return [[lambda: (a, b, c) for c in range(2)] for b in range(2)]
