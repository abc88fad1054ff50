# Bytes literals warn about unknown escapes too, and about \u which bytes do not have.
header = b"\q"
wide = b"\u0041"
total = len(header) + len(wide)
