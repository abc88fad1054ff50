# Recursive containers print with ellipses.
a = [1, 2]
a.append(a)
d = {"self": None}
d["self"] = d
t = ([],)
t[0].append(t)
print(a, d, t)
s = set()
print(repr(s), repr(frozenset()), [[]], {(): {}})
