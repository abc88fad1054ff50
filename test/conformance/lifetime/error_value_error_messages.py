# ValueError messages for bad conversions and failed searches.
cases = [
    lambda: int("12a"),
    lambda: int("ff", 10),
    lambda: float("one"),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: [1].remove(9),
    lambda: tuple("ab").index("c"),
    lambda: int("1", 99),
]
for c in cases:
    try:
        c()
    except ValueError as e:
        print(e)
