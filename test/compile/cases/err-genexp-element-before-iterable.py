def f():
    return ((yield from q) for a in (await b))
