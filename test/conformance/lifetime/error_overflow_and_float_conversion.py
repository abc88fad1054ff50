# OverflowError from int-to-float conversion, math.exp and int(inf), while a big int itself prints fine.
import math
cases = [lambda: float(10 ** 400), lambda: math.exp(1000), lambda: int(float("inf"))]
for c in cases:
    try:
        print(c())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(10 ** 40)
