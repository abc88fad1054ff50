# startswith/endswith with tuples and slice bounds.
name = "report_2024.csv"
print(name.startswith("report"), name.endswith(".csv"), name.endswith((".txt", ".csv")))
print(name.startswith(("x", "y")), name.startswith("2024", 7), name.endswith("report", 0, 6))
print("abc".startswith(""), "abc".startswith("", 3), "abc".startswith("", 4))
print("abc".endswith("c", -1), "abc".endswith("b", None, -1))
for arg in (1, ("a", 2)):
    try:
        "abc".startswith(arg)
    except TypeError as e:
        print("TypeError:", e)
