from __future__ import annotations
from fractions import Fraction

type Matrix = list[list[Fraction]]


def identity(n: int) -> Matrix:
    return [[Fraction(int(i == j)) for j in range(n)] for i in range(n)]


def matmul(a: Matrix, b: Matrix) -> Matrix:
    return [[sum((x * y for x, y in zip(row, col)), Fraction(0)) for col in zip(*b)] for row in a]


def inverse(m: Matrix) -> Matrix:
    n = len(m)
    aug = [row[:] + ident for row, ident in zip(m, identity(n))]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
        if pivot is None:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col and (f := aug[r][col]):
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]


A = [[Fraction(v) for v in row] for row in ([2, 1, 1], [1, 3, 2], [1, 0, 0])]
inv = inverse(A)
print([[str(x) for x in row] for row in inv])
assert matmul(A, inv) == identity(3)
