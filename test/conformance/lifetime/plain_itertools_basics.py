# itertools: count, cycle, repeat, chain, accumulate, product, permutations, combinations, groupby.
import itertools as it
print(list(it.islice(it.count(10, 5), 4)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.chain([1, 2], (3,), "45")))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.product("ab", [0, 1])))
print(list(it.permutations([1, 2, 3], 2)))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 2)))
for key, grp in it.groupby("aaabccdd"):
    print(key, len(list(grp)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise([1, 2, 3])))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcd", [1, 0, 1, 0])))
