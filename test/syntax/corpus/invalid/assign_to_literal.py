def reset(counter):
    0 = counter
    return counter
