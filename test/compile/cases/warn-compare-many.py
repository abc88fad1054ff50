def f(x, y):
    return x is 1 is 2, 1 is x, x is not "s", (x, 1) is y, [1] is x, x is {}
