# math's integer functions: factorial, gcd, lcm, comb, perm, isqrt, prod.
import math
print([math.factorial(n) for n in range(8)], math.factorial(25))
print(math.gcd(12, 18), math.gcd(12, 18, 30), math.gcd(), math.gcd(0, 5), math.gcd(-12, 18), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 3))
print(math.comb(10, 3), math.comb(5, 0), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(3, 4))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 30 + 1))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 6), start=10))
print(math.comb(100, 50), math.perm(20, 10))
for bad in (lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.isqrt(-4), lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.gcd(1.5, 2)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
