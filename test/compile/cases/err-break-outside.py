def f():
    if x:
        break
