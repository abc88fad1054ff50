# Summing series with floats and with exact integer numerators/denominators using math.gcd.
import math

def add_frac(a, b):
    n = a[0] * b[1] + b[0] * a[1]
    d = a[1] * b[1]
    g = math.gcd(n, d)
    return (n // g, d // g)

total = (0, 1)
for k in range(1, 11):
    total = add_frac(total, (1, k))
print("harmonic(10) exact:", total)
print("harmonic(10) float:", sum(1 / k for k in range(1, 11)))
print("as float:", total[0] / total[1])
print("pi approx:", 4 * sum((-1) ** k / (2 * k + 1) for k in range(1000)))
