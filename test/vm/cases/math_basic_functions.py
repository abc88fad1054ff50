# math module: roots, logs, trigonometry, rounding, constants.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(99), math.cbrt(27), math.exp(1), math.exp2(10), math.expm1(1e-10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log10(1000), math.log2(1024), math.log1p(1e-10), math.log(10 ** 400))
print(math.sin(0), math.cos(math.pi), math.tan(math.pi / 4), math.asin(1), math.acos(0), math.atan(1), math.atan2(-1, -1))
print(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-0.5), math.ceil(-0.5), math.floor(10 ** 20))
print(math.fabs(-3), math.copysign(3, -0.0), math.fmod(7, -3), math.remainder(7, 3), math.remainder(5, 2), math.modf(-3.25), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.degrees(math.pi / 2), math.radians(90), math.hypot(3, 4), math.hypot(1, 1, 1), math.dist((1, 2), (4, 6)))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.01, rel_tol=0.05), math.isclose(0, 1e-10, abs_tol=1e-9), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
