def gen(n):
    for i in range(n):
        yield i
    return "done"
def delegating():
    yield from gen(3)
def dead_yield():
    if 0:
        yield
lam = lambda: (yield)
