# str.maketrans in its three forms and translate with deletions and multi-char replacements.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
print("aabbcc".translate(t1))
t2 = str.maketrans("ab", "12", "c")
print("abcabc".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): 99})
print("abcd".translate(t3))
print("hello".translate({104: "J", 108: None}))
for args in (("ab", "c"), (1,), ({"ab": 1},)):
    try:
        str.maketrans(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
