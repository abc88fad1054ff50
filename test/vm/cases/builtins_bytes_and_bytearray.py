# bytes and bytearray: construction, repr, slicing, searching, mutation and errors.
print(bytes(), bytes(2), bytes([1, 2, 255]), bytes(b"xy"), bytes("ñ", "utf-8"), bytearray(3), bytearray([65]), b"\x00\t\n'\"\\")
data = b"hello world"
print(data[0], data[-1], data[0:5], data[::2], data.find(b"o"), data.count(b"l"), data.startswith(b"he"), data.endswith(b"ld"), data.split(), data.replace(b"l", b"L"))
print(data.upper(), b"ABC".lower(), b"123".isdigit(), b"abc".isalpha(), b" x ".strip(), b"xxaxx".strip(b"x"), b"-".join([b"a", b"b"]), data.index(b"w"))
ba = bytearray(b"abc")
ba[1] = 66
ba += b"d"
del ba[0]
ba[0:1] = b"XY"
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba == b"XYc", b"a" < b"b", b"abc" == bytearray(b"abc"))
for call in (lambda: bytes("x"), lambda: b"a" + "b", lambda: bytes([256]), lambda: b"abc"[5], lambda: bytearray(b"a").append(300), lambda: hash(bytearray())):
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
