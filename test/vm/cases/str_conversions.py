# str() and repr() of builtin values, and str(bytes, encoding).
values = [42, -0.0, 1e100, True, None, [1, "a"], (1,), {"k": [2]}, {3}, frozenset(), b"x", "q'uote", 'd"q', "both'\"", "tab\there", "\x7f\x80é😀", range(3), slice(1, 2), 3 + 0j, NotImplemented, Ellipsis]
for v in values:
    print(str(v), "|", repr(v))
print(str(b"abc", "ascii"), str(), str("x"), str(object=5))
try:
    str("a", "utf-8")
except TypeError as e:
    print("TypeError", e)
