class C(x=1, x=2):
    return
