from dataclasses import dataclass


@dataclass
class Circle:
    r: float


@dataclass
class Rect:
    w: float
    h: float


@dataclass
class Group:
    shapes: list


def area(shape) -> float:
    match shape:
        case Circle(r=r) if r < 0:
            raise ValueError("negative radius")
        case Circle(r):
            return 3.14159 * r * r
        case Rect(w, h) if w == h:
            return w ** 2
        case Rect(w=w, h=h):
            return w * h
        case Group(shapes=[]):
            return 0.0
        case Group(shapes=[single]):
            return area(single)
        case Group([first, *others]):
            return area(first) + area(Group(others))
        case (a, b):
            return a * b
        case [a, b, c]:
            s = (a + b + c) / 2
            return (s * (s - a) * (s - b) * (s - c)) ** 0.5
        case [*sides] if len(sides) > 3:
            raise NotImplementedError(f"{len(sides)}-gon")
        case {"kind": "circle", "r": r}:
            return area(Circle(r))
        case {"kind": kind, **extra}:
            raise TypeError(f"unknown kind {kind} with {sorted(extra)}")
        case _:
            raise TypeError(type(shape).__name__)


shapes = [Circle(1), Rect(2, 3), Rect(4, 4), Group([Circle(1), Rect(1, 1), Group([])]),
          (3, 5), [3, 4, 5], {"kind": "circle", "r": 2}]
for s in shapes:
    print(f"{s!s:<60.60} {area(s):8.3f}")
for bad in ([1, 2, 3, 4], {"kind": "blob", "x": 1}, Circle(-1)):
    try:
        area(bad)
    except (NotImplementedError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
