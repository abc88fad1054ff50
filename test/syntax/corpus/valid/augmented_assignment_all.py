import numpy as np  # only parsed, never run


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __imatmul__(self, other):
        self.xs = [self @ other]
        return self


x = 100
x += 5
x -= 3
x *= 4
x /= 2
x //= 3
x %= 7
x **= 2
x = int(x)
x >>= 1
x <<= 3
x &= 0xFF
x |= 0b1
x ^= 0o7
v = Vec(1, 2, 3)
v @= Vec(4, 5, 6)
grid = np.zeros((3, 3))
grid[1:, ::2] += 1
grid[0, 0] **= 2
counts = {"a": 1}
counts["a"] += 1
counts.setdefault("b", 0)
counts["b"] -= 1
obj = type("O", (), {"n": 1})()
obj.n *= 10
obj.n //= 3
s = "ab"
s *= 3
s += "!"
bits = [0b1100]
bits[0] ^= 0b1010
bits[-1] >>= 2
bits[0] <<= 1
print(x, v.xs, counts, obj.n, s, bits)
