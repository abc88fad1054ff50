# str.encode / bytes.decode for utf-8, ascii and latin-1, and bytes basics.
s = "héllo wörld"
b = s.encode()
print(b, len(b), b.decode(), s.encode("latin-1"), s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print(b"abc" + b"def", b"ab" * 3, b"abc"[1], b"abc"[1:], list(b"hi"), b"a" in b"cat", 97 in b"cat")
print(bytes(3), bytes([65, 66]), bytes("xy", "utf-8"), bytearray(b"ab"), b"hello".upper(), b"a,b".split(b","))
print(b"hi".hex(), bytes.fromhex("6869 21"), b"  pad ".strip(), b"x".join([b"a", b"b"]))
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"!!")
print(ba, ba.pop(), len(ba))
try:
    s.encode("ascii")
except UnicodeError as e:
    print(type(e).__name__)
try:
    bytes([300])
except ValueError as e:
    print("ValueError:", e)
