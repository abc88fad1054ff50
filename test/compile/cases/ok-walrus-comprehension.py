def f(data):
    if any((hit := x) > 3 for x in data):
        return hit
    values = [(last := v) for v in data]
    return values, last
total = [(acc := x) for x in range(3)]
def g():
    global gl
    return [(gl := x) for x in range(3)]
def h():
    return [[(deep := y) for y in range(x)] for x in range(3)], deep
