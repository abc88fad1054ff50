def f():
    __debug__
    global __debug__
def g():
    print(__debug__)
    nonlocal __debug__
