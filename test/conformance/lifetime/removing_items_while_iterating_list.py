# Removing from a list while iterating it skips elements; iterating over a copy does not.
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print("buggy removal:", nums)
nums = [1, 2, 2, 3, 4, 4, 5]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print("copy-based removal:", nums)
print("comprehension:", [n for n in [1, 2, 2, 3, 4, 4, 5] if n % 2])
