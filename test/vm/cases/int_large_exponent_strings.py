# Converting big ints to and from strings in several bases.
n = 3 ** 100
print(n, hex(n), oct(n)[:20], bin(n)[:20], len(bin(n)) - 2, int(hex(n), 16) == n, int(str(n)) == n)
print(f"{n:,}"[:30], f"{n:_x}"[:30], format(-n, "e"), str(-n)[:10])
print(int("z" * 10, 36), int("1" * 64, 2) == 2 ** 64 - 1)
