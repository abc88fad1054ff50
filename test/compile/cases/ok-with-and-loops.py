def f(paths):
    with open(paths[0]) as a, open(paths[1]) as (b, c):
        pass
    for i, (j, *k) in enumerate(paths):
        while i:
            i -= 1
        else:
            break
    else:
        pass
    return a, b, c, i, j, k
