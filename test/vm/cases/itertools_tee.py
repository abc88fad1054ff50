# tee: independent iterators over one source, advancing at different speeds.
from itertools import tee, islice
a, b = tee(iter(range(10)))
print(list(islice(a, 4)), list(islice(b, 2)), list(a), list(b))
x, y, z = tee("abc", 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
print(tee([1], 0))
