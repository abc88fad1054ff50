class C(1 is 1):
    x = 2 is 2
    return
