import abc
import math


class Shape(abc.ABC):
    registry: dict[str, type["Shape"]] = {}

    def __init_subclass__(cls, /, kind: str | None = None, **kwargs):
        super().__init_subclass__(**kwargs)
        if kind is not None:
            Shape.registry[kind] = cls

    @abc.abstractmethod
    def area(self) -> float:
        raise NotImplementedError

    @property
    @abc.abstractmethod
    def name(self) -> str: ...

    @classmethod
    def create(cls, kind, *args, **kwargs):
        return cls.registry[kind](*args, **kwargs)

    def __lt__(self, other):
        return self.area() < other.area()


class Circle(Shape, kind="circle"):
    def __init__(self, r=1.0):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    @property
    def name(self):
        return f"circle(r={self.r})"


class Square(Shape, kind="square"):
    def __init__(self, side=1.0):
        self.side = side

    def area(self):
        return self.side ** 2

    name = property(lambda self: f"square({self.side})")


shapes = [Shape.create("circle", 2), Shape.create("square", side=3), Circle()]
for s in sorted(shapes):
    print(f"{s.name:<16}{s.area():>8.2f}")
try:
    Shape()
except TypeError as e:
    print(e)
