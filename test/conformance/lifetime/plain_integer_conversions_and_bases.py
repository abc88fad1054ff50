# int() and str() conversions, bases, bin/oct/hex, and int from floats and bools.
print(int("42"), int("  -17  "), int("1_000"), int("0x1f", 16), int("0b101", 0), int("z", 36))
print(bin(10), oct(64), hex(255), hex(-255))
print(int(3.7), int(-3.7), int(True), int("007"))
print(str(12345)[::-1], len(str(2 ** 64)))
print(format(255, "08b"), format(1234, ","), format(-42, ">6"))
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print(abs(-9), divmod(17, 5), pow(2, 10), 2 ** -1, 7 // 2 * 2 + 7 % 2)
