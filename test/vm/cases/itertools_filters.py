# takewhile, dropwhile, filterfalse, compress, starmap.
from itertools import takewhile, dropwhile, filterfalse, compress, starmap
nums = [1, 4, 6, 4, 1, 8]
print(list(takewhile(lambda x: x < 5, nums)), list(dropwhile(lambda x: x < 5, nums)), list(filterfalse(lambda x: x % 2, nums)), list(filterfalse(None, [0, 1, "", "a"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False] * 2)), list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ["ab", "zy"])))
it = takewhile(lambda x: x != 3, iter([1, 2, 3, 4, 5]))
print(list(it), list(it))
