def outer(v):
    def middle():
        def inner():
            return v
        return inner
    return middle
