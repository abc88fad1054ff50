# Octal escapes above \377 do not fit in a byte: str and bytes literals both warn.
big = "\777"
small = "\377"
raw_byte = b"\400"
sizes = [len(big), len(small), len(raw_byte)]
