total = 0
fro item in [1, 2, 3]:
    total += item
