# Arbitrary precision: big products, powers, division, comparisons with floats, negatives.
a = 2 ** 100
b = 3 ** 70
print(a, b, a * b, a + b, a - b, b // a, b % a, -a // 7, -a % 7)
print(a > 1e30, a < 1e31, float(a), a / 3, 10 ** 30 // 7, (10 ** 30) / 7)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53), 10 ** 20 == 1e20)
print(sum(range(1, 10 ** 4)), 2 ** 64 - 1, -(2 ** 63), abs(-(10 ** 25)))
f = 1
for i in range(1, 30):
    f *= i
print(f, len(str(f)), f % 1000007)
print((-3) ** 3, (-2) ** 63, 2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3))
