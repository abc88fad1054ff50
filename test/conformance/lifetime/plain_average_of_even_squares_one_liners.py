# Small one-liner computations with sum, len, range, filter and generator expressions.
nums = range(1, 21)
evens_sq = [n * n for n in nums if n % 2 == 0]
print(sum(evens_sq) / len(evens_sq))
print(sum(1 for n in nums if n % 3 == 0), sum(n for n in nums if str(n).endswith("1")))
print(max(nums, key=lambda n: (n % 7, -n)), min(nums, key=lambda n: abs(n - 10.4)))
print("".join(str(n % 10) for n in nums))
print(any(n > 19 for n in nums), all(n > 0 for n in nums), list(reversed(nums))[:3])
