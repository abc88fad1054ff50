def label(n):
    return "many" if n > 1
