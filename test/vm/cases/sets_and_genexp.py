s = {3, 1, 2}
print(sorted(s), 2 in s)
print(sum(x * x for x in range(4)))
