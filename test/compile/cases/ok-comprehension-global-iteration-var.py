def f(y):
    global x
    return [x for x in y], x
