def f(x):
    try:
        return x
    finally:
        x is 1
