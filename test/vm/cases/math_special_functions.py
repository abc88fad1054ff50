# gamma, lgamma, erf, erfc and friends at a spread of points.
import math
for x in (0.5, 1, 1.5, 2, 3.3, 10, 50, 171, -0.5, -1.5, 1e-5):
    print(x, math.gamma(x), math.lgamma(x))
for x in (0, 0.1, 0.5, 0.9, 1, 1.3, 2.9, 3.5, 5, 7, -0.3, -1.7, -4):
    print(x, math.erf(x), math.erfc(x))
