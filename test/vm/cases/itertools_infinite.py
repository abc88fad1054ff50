# count, cycle and repeat, consumed through islice and zip.
from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(2.5, 0.5), 3)), list(islice(count(start=-3, step=-2), 3)))
print(count(5), count(1, 2), count(1.5), repeat("x", 3), repeat(None))
print(list(islice(cycle("abc"), 7)), list(islice(cycle([]), 3)), list(repeat(7, 4)), list(repeat("a", 0)), list(repeat(1, -5)))
print(list(zip(count(1), "xyz")), list(map(pow, range(5), repeat(2))))
c = count()
next(c); next(c)
print(c, next(c))
