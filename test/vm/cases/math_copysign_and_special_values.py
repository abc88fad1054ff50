# Signed zeros, infinities and NaN through math functions.
import math
print(math.copysign(0.0, -1), math.copysign(5, -0.0), math.fabs(-0.0), math.sqrt(-0.0), math.floor(-0.0) if False else 0)
print(math.isinf(math.exp(710) if False else math.inf), math.exp(-1000), math.atan(math.inf), math.tanh(math.inf), math.isnan(math.inf - math.inf))
print(math.hypot(math.inf, 1), math.fmod(-5, math.inf), math.remainder(-0.0, 1), math.modf(math.inf), math.frexp(0.0), math.ldexp(1, -1080))
