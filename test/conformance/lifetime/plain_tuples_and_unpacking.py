# Tuples: packing, unpacking, starred targets, swapping, nested unpacking and tuple methods.
point = 3, 4
x, y = point
print(point, x, y, type(point).__name__)
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
a, b = b, a
print(a, b)
t = (1, 2, 2, 3, 2)
print(t.count(2), t.index(3), len(t), t + (9,), t[1:3], (0,) * 3)
single = (5,)
not_tuple = (5)
print(type(single).__name__, type(not_tuple).__name__)
records = [("ann", 3), ("bob", 1)]
for name, n in sorted(records, key=lambda r: r[1]):
    print(name, n)
