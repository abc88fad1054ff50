# Common itertools recipes built from the primitives.
from itertools import chain, combinations, islice, groupby, accumulate, zip_longest, repeat, starmap, count, product
def powerset(s):
    s = list(s)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
def take(n, it):
    return list(islice(it, n))
def grouper(it, n, fill=None):
    return zip_longest(*[iter(it)] * n, fillvalue=fill)
def run_length(s):
    return [(k, len(list(g))) for k, g in groupby(s)]
print(list(powerset("abc")))
print(take(4, count(7, 7)), list(grouper("ABCDEFG", 3, "x")), run_length("aaabccddd"))
print(list(accumulate(repeat(2, 5), lambda a, b: a * b)), list(starmap(lambda a, b: a + b, zip("ab", "cd"))))
print(["".join(p) for p in product("01", repeat=3)])
