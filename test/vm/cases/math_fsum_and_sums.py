# fsum's exact summation versus sum's compensated float summation.
import math
data = [0.1] * 10
print(sum(data), math.fsum(data))
print(sum([1e100, 1.0, -1e100, 1.0]), math.fsum([1e100, 1.0, -1e100, 1.0]))
print(sum([0.1, 0.2, 0.3]), math.fsum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]))
print(math.fsum([1, 2, 3]), math.fsum([]), math.fsum(x / 10 for x in range(1, 11)), math.fsum([1e308, 1e308, -1e308]) if False else 0)
print(sum([1, 2, 3], 0.5), sum([0.5, 1, 2]), sum(range(5), start=10), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
vals = [1.23456789e-8 * i for i in range(1, 50)]
print(sum(vals), math.fsum(vals))
try:
    math.fsum([1e308, 1e308])
except OverflowError as e:
    print("OverflowError", e)
