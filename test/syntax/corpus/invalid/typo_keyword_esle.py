def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1
    esle:
        return 0
