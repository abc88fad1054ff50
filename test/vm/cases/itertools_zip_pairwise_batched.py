# zip_longest, pairwise and batched (with strict).
from itertools import zip_longest, pairwise, batched
print(list(zip_longest("abc", [1, 2])), list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()), list(zip_longest([], [1])))
print(list(pairwise("abcd")), list(pairwise([1])), list(pairwise(range(5))))
print(list(batched("abcdefg", 3)), list(batched(range(6), 2)), list(batched([], 4)))
try:
    list(batched("abcde", 2, strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    batched("abc", 0)
except ValueError as e:
    print("ValueError", e)
