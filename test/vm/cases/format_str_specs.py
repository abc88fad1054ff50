# format() of strs: width, alignment, fill, precision; errors for numeric options.
for spec in ["", "10", "<10", ">10", "^10", "*^11", ".2", "8.3", "05", "s", "^4"]:
    print(repr(format("python", spec)))
for spec in ["+", "#", "=5", "d", ",", "_"]:
    try:
        format("x", spec)
    except ValueError as e:
        print(repr(spec), e)
print(repr(f"{'é':~^5}"), repr(f"{'😀':>3}"))
