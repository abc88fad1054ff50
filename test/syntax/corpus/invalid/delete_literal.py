values = [1, 2, 3]
del values, 42
