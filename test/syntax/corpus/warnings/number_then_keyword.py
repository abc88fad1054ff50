flag = True
# A number run into a keyword is still accepted, with a warning per literal kind.
a = 1if flag else 2
b = [0x1for _ in range(2)]
c = 0o7and 1
d = 0b1or 0
e = 1.5if flag else 0.5
found = 1in [1, 2]
results = (a, b, c, d, e, found)
