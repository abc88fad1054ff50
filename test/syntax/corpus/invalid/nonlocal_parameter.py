def outer():
    total = 0

    def add(total):
        nonlocal total
        total += 1

    return add
