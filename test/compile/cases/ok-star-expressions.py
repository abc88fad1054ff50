a, *b = range(5)
[c, *d] = range(5)
print(*b, *d)
e = [*a, *b]
f = {**dict(), "k": 1}
g = (*a, 1)
h = {*a}
for *i, j in [(1, 2)]:
    pass
