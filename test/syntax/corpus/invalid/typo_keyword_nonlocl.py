def outer():
    x = 0

    def inner():
        nonlocl x
        x = 1
    return inner
