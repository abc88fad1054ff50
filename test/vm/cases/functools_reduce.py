# reduce with and without an initial value, and its empty-input error.
from functools import reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], "init"))
print(reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0), reduce(lambda a, b: b + a, "abc"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError", e)
