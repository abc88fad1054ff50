# product, permutations, combinations and combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])), list(product(range(2), repeat=3)), list(product()), list(product("ab", [])))
print(list(permutations("abc")), list(permutations(range(4), 2)), list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3)), list(combinations("ab", 0)), list(combinations("ab", 5)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([], 2)), len(list(product(range(3), repeat=4))))
try:
    combinations("abc", -1)
except ValueError as e:
    print("ValueError", e)
