# Format-spec errors for ints, floats and other objects.
cases = [(1, ".2d"), (1, ",x"), (1, ",_"), (1, "_,"), (1, "q"), (1, "+c"), (1, "#c"), (1, "z"), (1, "."), (1, "10.2.3"), (1.0, "d"), (1.0, "x"), (1.0, ",x"), (None, "5"), ([1], "x"), (1, "c" if False else "%c"), (1114112, "c"), (object(), "s")]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(v).__name__, repr(spec), type(e).__name__, e)
print(format(None), format([1]), format(True), format(True, "d"), format(False, ">6"))
