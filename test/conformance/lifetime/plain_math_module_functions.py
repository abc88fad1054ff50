# math functions with exactly representable or well-defined results.
import math
print(math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.pi, math.e, math.tau, math.inf)
print(math.factorial(10), math.comb(10, 3), math.perm(5, 2))
print(math.gcd(48, 180), math.lcm(4, 6, 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-math.inf))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(-7, 3), math.remainder(7, 4))
print(math.hypot(3, 4), math.dist((0, 0), (6, 8)), math.prod([1, 2, 3, 4]))
print(math.log(math.e), math.log2(1024), math.log10(0.001), math.log(8, 2))
print(round(math.sin(math.pi / 2), 12), round(math.cos(0), 12), math.degrees(math.pi), math.radians(180))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isqrt(99))
