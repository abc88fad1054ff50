def f():
    y = [1]
    y += *a
