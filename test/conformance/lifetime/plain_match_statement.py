# Structural pattern matching on literals, sequences, mappings and classes.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case [x, y]:
            return f"pair {x},{y}"
        case [x, *rest]:
            return f"list starting {x} with {len(rest)} more"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "something else"

for v in [0, -4, 7, [1, 2], [1, 2, 3], {"type": "circle", "r": 2}, Point(0, 5), Point(1, 2), "hi", None]:
    print(describe(v))
