# partial objects as callables in map and sorted, and calling with extra keywords.
from functools import partial
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(list(map(square, range(5))), list(map(cube, [2, 3])), square(5, exp=3))
key_by_mod = partial(lambda m, x: x % m, 3)
print(sorted(range(10), key=key_by_mod))
join_dash = partial(str.join, "-")
print(join_dash(["a", "b", "c"]))
