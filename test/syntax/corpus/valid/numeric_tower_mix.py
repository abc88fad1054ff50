import cmath
import math
from decimal import Decimal, getcontext
from fractions import Fraction
from numbers import Complex, Integral, Rational, Real

getcontext().prec = 40


def kind(x) -> str:
    for abc in (Integral, Rational, Real, Complex):
        if isinstance(x, abc):
            return abc.__name__
    return type(x).__name__


values = [7, Fraction(22, 7), 3.141592653589793, 2 + 3j, Decimal("1.1"), True, 0b101, 0o17, 0x1F, 1_000_000, 2.5e-3, 1j]
for v in values:
    print(f"{v!r:>28} {kind(v):<9}")

print(Fraction(1, 3) + Fraction(1, 6), Fraction("0.125"), Fraction(math.pi).limit_denominator(1000))
print(Decimal(1) / Decimal(7), Decimal("0.1") + Decimal("0.2") == Decimal("0.3"), 0.1 + 0.2 == 0.3)
print(cmath.sqrt(-1), abs(3 + 4j), (1 + 2j).conjugate(), cmath.exp(1j * math.pi).real, complex("1+2j") * 2j)
print(divmod(-7, 2), -7 // 2, -7 % 2, math.fmod(-7, 2), 7 ** -1, (-8) ** (1 / 3), pow(2, 100, 97), round(2.675, 2))
