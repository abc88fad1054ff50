def egcd(a: int, b: int) -> tuple[int, int, int]:
    """Return (g, x, y) with a*x + b*y == g == gcd(a, b)."""
    x0, x1, y0, y1 = 1, 0, 0, 1
    while b:
        q, a, b = a // b, b, a % b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0


def modinv(a: int, m: int) -> int:
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


def crt(remainders, moduli):
    total, prod = 0, 1
    for m in moduli:
        prod *= m
    for r, m in zip(remainders, moduli):
        p = prod // m
        total += r * modinv(p, m) * p
    return total % prod


print(egcd(240, 46), modinv(17, 3120), pow(17, -1, 3120), crt([2, 3, 2], [3, 5, 7]))
