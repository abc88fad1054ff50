from __future__ import annotations

from itertools import zip_longest


class Poly:
    __slots__ = ("c",)

    def __init__(self, *coeffs: int | float):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = tuple(c) or (0,)

    @property
    def degree(self) -> int:
        return len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o: Poly) -> Poly:
        return Poly(*(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0)))

    def __neg__(self):
        return Poly(*(-a for a in self.c))

    def __sub__(self, o):
        return self + -o

    def __mul__(self, o: Poly | int) -> Poly:
        if isinstance(o, (int, float)):
            return Poly(*(a * o for a in self.c))
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)

    __rmul__ = __mul__

    def __pow__(self, n: int) -> Poly:
        result = Poly(1)
        for _ in range(n):
            result *= self
        return result

    def derivative(self) -> Poly:
        return Poly(*[i * a for i, a in enumerate(self.c)][1:]) if self.degree else Poly(0)

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __repr__(self):
        sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
        terms = [f"{a}" + ("" if i == 0 else "x" if i == 1 else f"x{str(i).translate(sup)}")
                 for i, a in enumerate(self.c) if a]
        return " + ".join(reversed(terms)) or "0"


x = Poly(0, 1)
p = (x + Poly(1)) ** 3
print(p, "|", p.derivative(), "|", p(2), p - p == Poly(0), 3 * x)
