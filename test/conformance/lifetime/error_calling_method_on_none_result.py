# The classic mistake: list.sort() returns None, so chaining it raises AttributeError.
nums = [3, 1, 2]
result = nums.sort()
print("sort returned", result)
print("sorted copy", sorted(nums))
print(nums.sort().reverse())
