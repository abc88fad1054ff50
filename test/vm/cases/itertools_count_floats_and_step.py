# count with float steps accumulates by repeated addition, like CPython.
from itertools import count, islice
print(list(islice(count(0, 0.1), 11)))
print(list(islice(count(1, -0.25), 5)), list(islice(count(10 ** 20, 10 ** 20), 3)))
c = count(0.5, 0.25)
for _ in range(3):
    next(c)
print(c)
