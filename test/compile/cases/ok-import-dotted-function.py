def f():
    import a.b.c
    import a.b as ab
    from . import x as y
    return a, ab, y
