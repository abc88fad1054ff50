# replace with counts and empty patterns; find/rfind/index/rindex/count with bounds.
s = "banana"
print(s.replace("a", "o"), s.replace("a", "o", 2), s.replace("", "-"), s.replace("", "-", 3))
print(s.replace("x", "y") is s)
print(s.find("an"), s.rfind("an"), s.find("an", 2), s.find("an", 2, 4), s.find("x"))
print(s.index("na"), s.rindex("na"), s.count("a"), s.count("an"), s.count(""), s.count("a", 2))
print(s.find("", 6), s.find("", 7), s.rfind(""), s.count("", 2, 4))
print(s.find("a", -3), s.find("a", -100, -2))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"))
for call in (lambda: s.index("z"), lambda: s.rindex("q")):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
