def f(data, offset):
    squares = [x * x + offset for x in data if x]
    pairs = {k: v for k, v in data.items()}
    unique = {x for x in data}
    total = sum(x for x in data)
    return squares, pairs, unique, total
