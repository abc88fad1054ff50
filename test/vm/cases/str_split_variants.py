# str.split / rsplit with and without separators, maxsplit, and whitespace rules.
s = "  alpha  beta\tgamma\n delta  "
print(s.split())
print(s.split(None, 1))
print(s.rsplit(None, 1))
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 2))
print("a,b,,c,".rsplit(",", 2))
print("a::b::c".split("::"))
print("".split(), "".split(","))
print("abc".split("abc"))
print("one two three".split(maxsplit=1))
print("x\x1cy\x85z\u3000w".split())
print("1 2 3".rsplit(maxsplit=0))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
