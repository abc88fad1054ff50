# format() of floats across presentation types, precisions and special values.
specs = ["", ".0f", ".1f", ".3f", "e", ".2e", "E", "g", ".2g", ".10g", "G", "%", ".1%", ",.2f", "_.3f", "+.1f", " .1f", "010.2f", "<9.1f", "^9.1f", "#.0f", "#g", ".3", "z.1f", "n"]
for v in (0.0, -0.0, 1.0, 0.5, 1.5, 2.5, 0.125, 1e-5, 123456.789, 1e16, 1.23e-300, 9.995, float("inf"), float("-inf"), float("nan")):
    print(repr(v), [format(v, s) for s in specs])
