def outer():
    n = 10
    def inner():
        return [i * n for i in range(3)]
    return inner
