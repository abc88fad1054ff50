# Finding pairs that sum to a target with a dict, and all unique pairs with itertools.combinations.
import itertools

nums = [2, 7, 11, 15, -4, 8, 3]
target = 11
seen = {}
for i, n in enumerate(nums):
    if target - n in seen:
        print("two-sum indices:", seen[target - n], i)
        break
    seen[n] = i
pairs = [p for p in itertools.combinations(nums, 2) if sum(p) == target]
print("all pairs:", pairs)
print("triples summing to 0:", [t for t in itertools.combinations(nums, 3) if sum(t) == 0])
