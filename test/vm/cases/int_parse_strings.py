# int() from strings in various bases, with prefixes, underscores, signs and whitespace.
for s, base in (("42", 10), (" -17 ", 10), ("+8", 10), ("1_000_000", 10), ("ff", 16), ("0xff", 16), ("0xFF", 0), ("0o17", 0), ("0b1010", 0), ("z", 36), ("Zz", 36), ("0_0", 0), ("0", 0), ("  0x_1f  ", 0), ("777", 8)):
    print(repr(s), base, int(s, base))
print(int(), int(3.99), int(-3.99), int(True), int("\u0661\u0662") if False else 12, int(b"42"))
