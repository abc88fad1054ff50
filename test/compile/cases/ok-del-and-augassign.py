def f(x):
    y = 1
    del y
    x += 1
    z[0] += 1
    w.attr -= 1
    del z[0], w.attr
    return x
