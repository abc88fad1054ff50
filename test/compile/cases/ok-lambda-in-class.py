class C:
    x = 1
    f = lambda self: x
    g = lambda self, y=x: y
    h = [lambda: z for z in range(3)]
