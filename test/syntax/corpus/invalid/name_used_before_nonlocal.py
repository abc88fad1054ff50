def outer():
    level = 0

    def inner():
        print(level)
        nonlocal level
        level += 1

    return inner
