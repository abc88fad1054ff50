from __future__ import annotations

import math
from numbers import Real


class Vector:
    __slots__ = ("_c",)
    typecode = "d"

    def __init__(self, *components: float):
        self._c = tuple(float(c) for c in components)

    def __len__(self): return len(self._c)
    def __iter__(self): return iter(self._c)
    def __getitem__(self, i): return Vector(*self._c[i]) if isinstance(i, slice) else self._c[i]
    def __repr__(self): return f"Vector({', '.join(map(repr, self._c))})"
    def __str__(self): return str(self._c)
    def __bool__(self): return any(self._c)
    def __abs__(self): return math.hypot(*self._c)
    def __neg__(self): return Vector(*(-c for c in self))
    def __pos__(self): return Vector(*self)
    def __hash__(self): return hash(self._c)

    def __eq__(self, other):
        return isinstance(other, Vector) and self._c == other._c

    def __add__(self, other):
        try:
            return Vector(*(a + b for a, b in zip(self, other, strict=True)))
        except (TypeError, ValueError):
            return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        return self + -other

    def __mul__(self, k):
        return Vector(*(c * k for c in self)) if isinstance(k, Real) else NotImplemented

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other))

    def __truediv__(self, k):
        return self * (1 / k)

    def __contains__(self, x):
        return x in self._c

    def __format__(self, spec=""):
        if spec.endswith("p"):
            r, *angles = self.polar()
            return f"<{r:{spec[:-1]}}, " + ", ".join(f"{a:{spec[:-1]}}" for a in angles) + ">"
        return "(" + ", ".join(format(c, spec) for c in self) + ")"

    def polar(self):
        return abs(self), *(math.atan2(math.hypot(*self._c[n:]), self._c[n - 1]) for n in range(1, len(self)))

    def __getattr__(self, name):
        if len(name) == 1 and (pos := "xyzt".find(name)) != -1 and pos < len(self._c):
            return self._c[pos]
        raise AttributeError(f"{type(self).__name__!r} has no attribute {name!r}")


v, w = Vector(3, 4), Vector(1, -1)
print(abs(v), v + w, 2 * v - w, v @ w, v[1:], v.x, 4.0 in v, f"{v:.2f}", f"{v:.3p}", bool(Vector(0, 0)))
