def f(x):
    y = [x for x in range(3)]
    z = [lambda: x for x in range(3)]
    return x, y, z
def g():
    x = 1
    def h():
        return x
    return [x for x in range(3)], h
