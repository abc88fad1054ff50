# The walrus operator in while loops and comprehensions, chained comparisons and truthiness.
data = [4, 8, 15, 16, 23, 42]
it = iter(data)
while (n := next(it, None)) is not None:
    if n > 15:
        print("first above 15:", n)
        break
print([y for x in data if (y := x % 5) > 1])
x = 7
print(1 < x < 10, 10 > x >= 7, x == 7 != 8)
for v in [0, "", [], None, "0", [0], 0.0, -1]:
    print(repr(v), "truthy" if v else "falsy")
print(None or "default", "" and "never", 3 and 4, 0 or 0.0)
