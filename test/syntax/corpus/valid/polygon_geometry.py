from math import atan2, hypot, isclose
from typing import NamedTuple


class P(NamedTuple):
    x: float
    y: float

    def __sub__(self, o): return P(self.x - o.x, self.y - o.y)
    def cross(self, o): return self.x * o.y - self.y * o.x


def area(poly: list[P]) -> float:
    return abs(sum(a.cross(b) for a, b in zip(poly, poly[1:] + poly[:1]))) / 2


def perimeter(poly):
    return sum(hypot(*(b - a)) for a, b in zip(poly, poly[1:] + poly[:1]))


def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts
    def half(seq):
        h = []
        for p in seq:
            while len(h) >= 2 and (h[-1] - h[-2]).cross(p - h[-2]) <= 0:
                h.pop()
            h.append(p)
        return h
    lower, upper = half(pts), half(reversed(pts))
    return lower[:-1] + upper[:-1]


def contains(poly, p):
    inside = False
    for a, b in zip(poly, poly[1:] + poly[:1]):
        if (a.y > p.y) != (b.y > p.y) and p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x:
            inside = not inside
    return inside


square = [P(0, 0), P(4, 0), P(4, 4), P(0, 4)]
cloud = [P(x, y) for x, y in [(0, 0), (2, 1), (4, 0), (3, 3), (4, 4), (1, 2), (0, 4), (2, 2)]]
hull = convex_hull(cloud)
assert isclose(area(square), 16.0) and isclose(perimeter(square), 16.0)
print(hull, area(hull), contains(square, P(1, 1)), contains(square, P(5, 1)), sorted(hull, key=lambda p: atan2(p.y - 2, p.x - 2))[0])
