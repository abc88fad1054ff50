# Arbitrary precision integers: powers, factorial digits, bit length and mixed arithmetic.
import math
big = 2 ** 100
print(big)
print(big * big)
print(big // 3, big % 1000)
print(len(str(math.factorial(50))), math.factorial(25))
print((10 ** 20 + 1) * (10 ** 20 - 1))
print(big.bit_length(), (-big).bit_length(), (255).bit_count())
print(-2 ** 65, (-2) ** 65)
print(int("123456789" * 3) + 1)
print(pow(3, 200, 1000007), pow(2, -1, 7))
print(math.gcd(2 ** 40, 6 ** 20), math.isqrt(10 ** 30))
