# Bitwise operators on positive, negative and big ints; bit_length, bit_count, shifts.
for a, b in ((12, 10), (-12, 10), (12, -10), (-12, -10), (2 ** 70, 2 ** 65 + 3)):
    print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
for n in (0, 1, 255, 256, -1, -256, 2 ** 100):
    print(n, n.bit_length(), n.bit_count(), bin(n), oct(n), hex(n))
print(1 << 100, -1 >> 5, -(2 ** 70) >> 3, True << 2, ~int(True))
for bad in (lambda: 1 << -1, lambda: 1 >> -2, lambda: 1 << 2.0, lambda: ~1.5):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
