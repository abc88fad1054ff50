# ValueError texts when unpacking the wrong number of values.
cases = [
    lambda: [a for a, b in [(1, 2, 3)]],
    lambda: [a for a, b, c in [(1, 2)]],
    lambda: [a for a, b in [1]],
]
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "|", e)
x, *rest = [1, 2, 3]
print(x, rest)
a, b = "xyz"
