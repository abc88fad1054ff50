# Zero padding takes part in digit grouping; fractional grouping (3.14) after the precision.
for spec in ["010,", "09,", "08,", "012_", "0=12,", "015,.2f", "012_b", "#012_x", ".3,f", ",.4,f", "_.5_f"]:
    for v in (1234, -1234, 1234.5678, 255):
        try:
            print(spec, v, repr(format(v, spec)))
        except ValueError as e:
            print(spec, v, "ValueError", e)
