# The errors str.format reports.
cases = ["{}", "{0}{}", "{}{1}", "{x}", "a{", "a}", "{0.missing}", "{0[9]}", "{!z}", "{:d}", "{0!}", "{:%Y}"]
for fmt in cases:
    try:
        print(fmt.format("v"))
    except Exception as e:
        print(fmt, "->", type(e).__name__, e)
try:
    "{a}".format_map({})
except KeyError as e:
    print("KeyError", e)
