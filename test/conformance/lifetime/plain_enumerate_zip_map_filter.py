# enumerate, zip, map and filter in ordinary loops and conversions.
colors = ["red", "green", "blue"]
for i, c in enumerate(colors, start=1):
    print(i, c)
codes = [0xF00, 0x0F0, 0x00F]
print(list(zip(colors, codes)))
print(dict(zip(colors, map(hex, codes))))
print(list(map(len, colors)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "x", [], [0]])))
print(list(filter(lambda c: "e" in c, colors)))
print(list(zip("ab", range(5))), list(enumerate("xy")))
names, values = zip(*[("a", 1), ("b", 2)])
print(names, values)
