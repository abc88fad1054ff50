# float methods: is_integer, as_integer_ratio, hex/fromhex, and float attributes.
for x in (0.5, 2.0, -1.25, 0.1, 1e20, 5e-324):
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex(), float.fromhex(x.hex()) == x)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x10p-2"), float.fromhex("inf"), (3.5).real, (3.5).imag, (2.5).conjugate())
for call in (lambda: float("nan").as_integer_ratio(), lambda: float("inf").as_integer_ratio(), lambda: float.fromhex("zz")):
    try:
        call()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), round(-2.5), int(-2.5), type(math.floor(2.0)))
