# Numeric comparisons across int, float and bool, including nan and infinities.
nan, inf = float("nan"), float("inf")
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, nan == nan, nan != nan, nan < 1, inf > 10 ** 400, -inf < -(10 ** 400))
print(2 ** 1000 > inf, 2 ** 1000 < inf, 10 ** 16 + 1 > 1e16, 10 ** 16 + 1 == 1e16 + 1, 0.0 == -0.0, (0.1 + 0.2) > 0.3)
print(sorted([3, 1.5, True, -2, 2 ** 70, -0.5]), max(1, 1.0), max(1.0, 1), min(0, False))
print([x for x in (1, 2.0, 3) if x in {1.0, 3}], 1 in [1.0], 2.0 in range(5))
