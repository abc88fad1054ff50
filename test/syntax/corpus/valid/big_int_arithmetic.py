import math
import sys

sys.set_int_max_str_digits(0)

f100 = math.factorial(100)
print(len(str(f100)), str(f100)[:20] + "...", sum(map(int, str(f100))))

mersenne = 2 ** 127 - 1
print(mersenne, mersenne.bit_length(), pow(3, mersenne - 1, mersenne) == 1)

googol = 10 ** 100
print(googol // 7 ** 50, googol % 12345678901234567890, -googol >> 300)
fib = [0, 1]
while len(str(fib[-1])) < 100:
    fib.append(fib[-1] + fib[-2])
print(len(fib) - 1, fib[-1])
print(0xFFFF_FFFF_FFFF_FFFF + 1 == 1 << 64, 123_456_789 ** 5, int("9" * 50) + 1)
