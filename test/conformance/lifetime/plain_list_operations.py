# Everyday list operations: append, insert, remove, index, count, sort, slices and copies.
nums = [5, 3, 8, 1]
nums.append(7)
nums.insert(1, 9)
print(nums)
nums.remove(8)
print(nums, nums.index(1), nums.count(3))
nums.sort()
print(nums, nums[::-1], nums[1:3], nums[-2:])
nums.sort(reverse=True)
print(nums)
copy = nums.copy()
copy[0] = 100
print(nums[0], copy[0])
nums.extend([2, 2])
print(nums, len(nums), 2 in nums, 6 in nums)
print(nums + [0], [0] * 3, sum(nums), max(nums), min(nums))
del nums[0]
print(nums)
