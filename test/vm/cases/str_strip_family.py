# strip/lstrip/rstrip with default whitespace and explicit character sets.
s = "\t  hello world \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixyx".strip("xy"), "xxhixyx".lstrip("x"), "xxhixyx".rstrip("xy"))
print(repr("   ".strip()), repr("".strip()))
print("www.example.com".strip("cmowz."))
print(repr("\u3000wide\u3000".strip()))
t = "same"
print(t.strip() is t)
try:
    "a".strip(1)
except TypeError as e:
    print(e)
