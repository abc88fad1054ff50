# bytes and bytearray basics: indexing gives ints, slicing, mutation, hex and decoding.
b = b"hello"
print(b[0], b[1:3], list(b[:2]), b.upper(), b.hex(), len(b))
ba = bytearray(b)
ba[0] = ord("j")
ba.append(33)
ba.extend(b"??")
print(ba, bytes(ba), ba.decode())
print(bytes(3), bytes([65, 66]), bytes.fromhex("4142 43"), b"a" * 3 + b"b")
print(b"abc" < b"abd", b"x" in b"xyz", 120 in b"xyz", b"a,b".split(b","))
