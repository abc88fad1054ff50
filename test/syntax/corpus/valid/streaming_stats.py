import math
from dataclasses import dataclass


@dataclass
class Running:
    n: int = 0
    mean: float = 0.0
    _m2: float = 0.0
    lo: float = math.inf
    hi: float = -math.inf

    def push(self, x: float) -> "Running":
        self.n += 1
        delta = x - self.mean
        self.mean += delta / self.n
        self._m2 += delta * (x - self.mean)
        self.lo, self.hi = min(self.lo, x), max(self.hi, x)
        return self

    @property
    def variance(self) -> float:
        return self._m2 / (self.n - 1) if self.n > 1 else 0.0

    @property
    def stdev(self) -> float:
        return math.sqrt(self.variance)

    def __add__(self, other: "Running") -> "Running":
        n = self.n + other.n
        if n == 0:
            return Running()
        delta = other.mean - self.mean
        mean = self.mean + delta * other.n / n
        m2 = self._m2 + other._m2 + delta ** 2 * self.n * other.n / n
        return Running(n, mean, m2, min(self.lo, other.lo), max(self.hi, other.hi))


a, b = Running(), Running()
for x in [2, 4, 4, 4]:
    a.push(x)
for x in [5, 5, 7, 9]:
    b.push(x)
total = a + b
print(f"n={total.n} mean={total.mean} sd={total.stdev:.4f} range=[{total.lo}, {total.hi}]")
