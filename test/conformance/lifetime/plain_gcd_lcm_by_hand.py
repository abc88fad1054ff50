# Euclid's algorithm for gcd and lcm, checked against math.gcd and math.lcm.
import math

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0

for a, b in [(12, 18), (17, 5), (0, 9), (-24, 36), (2 ** 40, 6 ** 15)]:
    print(a, b, gcd(a, b), lcm(a, b), gcd(a, b) == math.gcd(a, b), lcm(a, b) == math.lcm(a, b))
