class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __del__(self):
        print("del point", self.x)

def describe(v):
    match v:
        case 0:
            return "zero"
        case None:
            return "none"
        case True:
            return "true"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "a" | "b":
            return "letter"
        case str(s):
            return f"str {s}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *rest]:
            return f"list {first} {rest}"
        case {"name": name, **others}:
            return f"named {name} {others}"
        case {}:
            return "mapping"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(a, b):
            return f"point {a} {b}"
        case _:
            return "other"

for v in [0, None, True, -3, 4, 2.5, "a", "zz", [1, 2], [1, 2, 3], (4,), {"name": "n", "k": 1}, {"x": 1}, Point(0, 5), Point(1, 2), object()]:
    print(describe(v))
match [1, [2, 3]]:
    case [a, [b, *_]]:
        print(a, b)
match (1, 2, 3, 4):
    case (x, *_, y):
        print(x, y)
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": v}:
        print("a is", v)
def f(p):
    match p:
        case Point(x=1) as pt:
            print("pt", pt.y)
f(Point(1, 9))
try:
    match 5:
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
