# Logarithms of huge ints work beyond float range; other functions overflow on conversion.
import math
for n in (10, 10 ** 20, 10 ** 300, 10 ** 400, 2 ** 2000):
    print(round(math.log(n), 6), round(math.log10(n), 6), round(math.log2(n), 6), round(math.log(n, 7), 6))
try:
    math.exp(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(math.isqrt(10 ** 400) == 10 ** 200, math.gcd(10 ** 50, 10 ** 40 * 3), math.factorial(30) // math.factorial(28))
