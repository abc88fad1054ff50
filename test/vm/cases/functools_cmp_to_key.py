# cmp_to_key adapts old-style comparison functions for sorted, min and max.
from functools import cmp_to_key
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max([3, 1, 2], key=cmp_to_key(lambda a, b: a - b)))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(2) == k(2), k(5).obj)
