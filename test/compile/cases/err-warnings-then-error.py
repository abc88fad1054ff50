def f():
    try:
        pass
    finally:
        return 1
x = 1 is 1
def g(a, a):
    pass
