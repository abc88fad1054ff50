# Bitwise and, or, xor, not and shifts on ints including negatives and flags.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(bin(a & b), bin(-a), -a >> 1, -1 >> 10, 1 << 70)
READ, WRITE, EXEC = 1, 2, 4
perms = READ | EXEC
print(bool(perms & WRITE), bool(perms & EXEC), perms ^ READ)
n = 0b101101
print(n.bit_count(), n.bit_length(), [(n >> i) & 1 for i in range(6)])
