def f(x):
    return x is not Noen or
