# enumerate, zip (with strict), map with several iterables, filter with None.
print(list(enumerate("abc")), list(enumerate("ab", start=10)), list(enumerate([], 5)))
print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(10))), list(zip()), list(zip("a")))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, "hi")))
print(list(filter(None, [0, 1, "", "a", None, [0]])), list(filter(lambda x: x % 2, range(10))))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__)
for call in (lambda: list(zip("ab", "abc", strict=True)), lambda: list(zip("abc", "ab", strict=True)), lambda: list(zip("a", "ab", "ab", strict=True)), lambda: map(abs), lambda: zip(1)):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = map(int, ["1", "2", "x"])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError", e)
