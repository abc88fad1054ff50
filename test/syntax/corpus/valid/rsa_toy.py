# Textbook RSA with fixed, well-known-size primes. Not for real use!
from math import gcd

P = 1066340417491710595814572169
Q = 19134702400093278081449423917
N = P * Q
PHI = (P - 1) * (Q - 1)
E = 65537
assert gcd(E, PHI) == 1, "e must be coprime with phi"
D = pow(E, -1, PHI)
SIGNED_DEMO = 0x1FFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF_FFFF


def encrypt(m: int) -> int:
    return pow(m, E, N)


def decrypt(c: int) -> int:
    return pow(c, D, N)


msg = int.from_bytes("weakref ✓".encode(), "big")
cipher = encrypt(msg)
plain = decrypt(cipher).to_bytes((msg.bit_length() + 7) // 8, "big").decode()
print(N.bit_length(), plain, cipher % 1_000_000_007, SIGNED_DEMO > 10**48, 340282366920938463463374607431768211456 == 2**128)
