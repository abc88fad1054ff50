def f():
    return [x for x in (yield)]
def g():
    return (x for x in (yield))
