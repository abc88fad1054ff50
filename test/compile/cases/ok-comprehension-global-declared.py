def f():
    global items
    return [x for x in items]
def g():
    x = 1
    return [x for y in range(3)]
