# format() of ints: bases, alternate forms, signs, alignment, fill, grouping, zero padding.
specs = ["", "d", "8d", "<8", "^8", "*>8", "+d", " d", "08d", "08,", "010_", "x", "#x", "#X", "#010b", "_b", "#_x", "o", "#o", "c", ",", "_", "=+8", "e", ".2f", "%", "g"]
for v in (0, 7, -7, 1000, -1234567, 255, 2 ** 64):
    print(v, [format(v, s) for s in specs if not (s == "c" and not 0 <= v < 1114112)])
