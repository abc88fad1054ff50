f = lambda a, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
g = lambda: lambda x: x + y
def h(y):
    return lambda x=y: x + y
