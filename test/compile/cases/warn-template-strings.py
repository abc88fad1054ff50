a = t"x"["k"]
b = t"{x}"[0]
c = x["k"][t"x"]
d = [1][t"{x}"]
e = [1][f"{x}"]
f = x is t"a"
g = t"{x}"[t"y"]
h = t"{x!r:>{w}}"()
