# TypeError messages learners commonly hit, printed one per line.
def two(a, b):
    return a + b

cases = [
    lambda: "age: " + 5,
    lambda: 5 + "5",
    lambda: len(5),
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, c=2),
    lambda: None(),
    lambda: [1, 2][None],
    lambda: {[1]: 2},
    lambda: sorted([1, "a"]),
    lambda: int([1]),
    lambda: "x" * "y",
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
