# abs, divmod, round, pow, bin/oct/hex, chr/ord and their errors.
print(abs(-5), abs(-2.5), abs(3 + 4j), abs(True), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), round(3.14159, 2), round(2.5), round(3.5), round(-2.5))
print(bin(10), bin(-10), oct(64), hex(255), hex(-255), bin(0), hex(2 ** 70), chr(65), chr(0x1F600), ord("A"), ord("é"), ord("😀"))
for call in (lambda: abs("x"), lambda: divmod("a", 1), lambda: bin(1.5), lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(5), lambda: round("x"), lambda: hex("1")):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
