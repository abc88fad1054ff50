numbers = [1, 2, 3]
for n in numbers:
    yield n * n
