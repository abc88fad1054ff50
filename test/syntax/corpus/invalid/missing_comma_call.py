def move(x, y):
    return x, y


move(10 20)
