# Building number strings: zfill, rjust, format with widths, and parsing back.
for n in (7, 42, -3, 1000):
    s = str(n)
    print(s.zfill(5), s.rjust(5, "0"), f"{n:05d}", format(n, "0>5"), int(s.zfill(5)))
print("%03d:%02d:%06.3f" % (5, 7, 3.14159), "{:02}:{:02}".format(9, 5), f"{3:03}|{-3:03}|{3.5:06.2f}")
