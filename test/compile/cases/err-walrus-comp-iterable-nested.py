def f():
    return [x for x in [z for z in (y := [1, 2])]]
