# Correctly rounded hypot, dist, sumprod, fma and ulp/nextafter.
import math
print(math.hypot(1e-300, 1e-300), math.hypot(1e300, 1e300), math.hypot(3, 4, 12), math.hypot(0.1, 0.2), math.hypot(), math.hypot(-5))
print(math.dist((0, 0, 0), (1, 2, 2)), math.dist([1.5], [-2.5]), math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1, 0.2], [0.3, 0.4]))
print(math.fma(2.0, 3.0, 4.0), math.fma(0.1, 10, -1), math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0))
print(math.hypot(float("inf"), float("nan")), math.hypot(float("nan"), 1))
