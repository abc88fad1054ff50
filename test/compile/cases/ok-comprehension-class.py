class C:
    data = [1, 2, 3]
    squares = [x * x for x in data]
    names = {n: len(n) for n in ("a", "bb")}
    gen = (y for y in data)
