def numbers(limit):
    n = 0
    while n < limit:
        yeild n
        n += 1
