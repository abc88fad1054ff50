# Changing a dict's or set's size during iteration raises RuntimeError with a specific message.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as e:
    print("dict:", e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x * 10)
except RuntimeError as e:
    print("set:", e)
d2 = {"x": 1}
for k in d2:
    d2[k] = 2
print("changing values is fine:", d2)
