"""A tiny matrix type that supports every in-place operator Python has."""
from __future__ import annotations

import operator
from typing import Callable


class Mat:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows: list[list[float]]) -> None:
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    def _apply(self, other, op: Callable) -> Mat:
        for i in range(self.n):
            for j in range(self.m):
                self.rows[i][j] = op(self.rows[i][j], other.rows[i][j] if isinstance(other, Mat) else other)
        return self

    def __iadd__(self, o): return self._apply(o, operator.add)
    def __isub__(self, o): return self._apply(o, operator.sub)
    def __imul__(self, o): return self._apply(o, operator.mul)
    def __itruediv__(self, o): return self._apply(o, operator.truediv)
    def __ifloordiv__(self, o): return self._apply(o, operator.floordiv)
    def __imod__(self, o): return self._apply(o, operator.mod)
    def __ipow__(self, o): return self._apply(o, operator.pow)
    def __ilshift__(self, o): return self._apply(o, lambda a, b: int(a) << b)
    def __irshift__(self, o): return self._apply(o, lambda a, b: int(a) >> b)
    def __iand__(self, o): return self._apply(o, lambda a, b: int(a) & b)
    def __ior__(self, o): return self._apply(o, lambda a, b: int(a) | b)
    def __ixor__(self, o): return self._apply(o, lambda a, b: int(a) ^ b)

    def __imatmul__(self, o: Mat) -> Mat:
        self.rows = [[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows]
        self.m = o.m
        return self

    def __repr__(self):
        return "\n".join(" ".join(f"{x:>6g}" for x in r) for r in self.rows)


a = Mat([[1, 2], [3, 4]])
a += 1
a -= Mat([[1, 1], [1, 1]])
a *= 10
a /= 4
a //= 1
a %= 7
a **= 2
a <<= 2
a >>= 1
a &= 0xFE
a |= 0b1
a ^= 0o3
a @= Mat([[1, 0], [0, 2]])
print(a)
