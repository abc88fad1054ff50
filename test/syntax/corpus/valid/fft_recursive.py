import cmath
import math


def fft(a: list[complex]) -> list[complex]:
    n = len(a)
    if n == 1:
        return a[:]
    if n & (n - 1):
        raise ValueError("length must be a power of two")
    even, odd = fft(a[0::2]), fft(a[1::2])
    tw = [cmath.exp(-2j * math.pi * k / n) * odd[k] for k in range(n // 2)]
    return [even[k] + tw[k] for k in range(n // 2)] + [even[k] - tw[k] for k in range(n // 2)]


def ifft(a):
    n = len(a)
    return [x.conjugate() / n for x in fft([x.conjugate() for x in a])]


def multiply(p, q):
    n = 1 << (len(p) + len(q) - 1).bit_length()
    fp, fq = fft([complex(x) for x in p] + [0j] * (n - len(p))), fft([complex(x) for x in q] + [0j] * (n - len(q)))
    return [round(v.real) for v in ifft([a * b for a, b in zip(fp, fq)])][: len(p) + len(q) - 1]


signal = [math.sin(2 * math.pi * 3 * t / 16) for t in range(16)]
spectrum = [abs(v) for v in fft([complex(s) for s in signal])]
print([f"{m:.1f}" for m in spectrum[:8]], multiply([1, 2, 3], [4, 5]), 1e-3j * 2.5e2J)
