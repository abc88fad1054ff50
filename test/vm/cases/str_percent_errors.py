# Error messages of % formatting.
cases = [("%d", "a"), ("%d %d", (1,)), ("%d", (1, 2)), ("%(a)s", 1), ("%(a)s", {"b": 1}), ("%q", 1), ("%", 1), ("%c", "ab"), ("%x", 1.5), ("%f", "x"), ("abc", 5)]
for fmt, args in cases:
    try:
        print(fmt % args)
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)
