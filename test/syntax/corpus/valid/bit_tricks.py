def popcount(n: int) -> int:
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count


def is_power_of_two(n: int) -> bool:
    return n > 0 and n & (n - 1) == 0


def next_power_of_two(n: int) -> int:
    return 1 if n <= 1 else 1 << (n - 1).bit_length()


def reverse_bits(n: int, width: int = 8) -> int:
    result = 0
    for _ in range(width):
        result = (result << 1) | (n & 1)
        n >>= 1
    return result


def gray(n): return n ^ (n >> 1)


mask = 0b1111_0000
flags = 0x0F
print(popcount(0xFFFF), is_power_of_two(4096), next_power_of_two(1000), f"{reverse_bits(0b0000_0110):08b}")
print([f"{gray(i):04b}" for i in range(8)], ~mask & 0xFF, flags | mask, flags ^ 0xFF, -1 >> 3, 1 << 100)
