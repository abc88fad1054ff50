# center/ljust/rjust/zfill and their fill character rules.
for w in (5, 6, 7, 8):
    print(repr("abc".center(w)), repr("ab".center(w, "*")), repr("abc".ljust(w, ".")), repr("abc".rjust(w, "0")))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2), "".zfill(3))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), repr("x\ty\nz\tw".expandtabs(3)))
s = "long"
print(s.center(2) is s, s.ljust(4) is s)
for call in (lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".center("5")):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
