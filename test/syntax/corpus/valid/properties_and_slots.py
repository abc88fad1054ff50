import math


class Temperature:
    __slots__ = ("_kelvin",)

    def __init__(self, celsius: float = 0.0):
        self.celsius = celsius

    @property
    def kelvin(self) -> float:
        return self._kelvin

    @kelvin.setter
    def kelvin(self, value: float) -> None:
        if value < 0:
            raise ValueError("below absolute zero")
        self._kelvin = value

    celsius = property(
        lambda self: self._kelvin - 273.15,
        lambda self, v: setattr(self, "kelvin", v + 273.15),
        doc="temperature in degrees Celsius",
    )

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def is_freezing(c):
        return c <= 0

    def __repr__(self):
        return f"{type(self).__name__}({self.celsius:.2f}°C)"

    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        value = {"C": self.celsius, "F": self.fahrenheit, "K": self.kelvin}[unit]
        return f"{value:{spec[:-1] if spec[-1:] in 'CFK' and spec else spec}}{unit}"

    def __lt__(self, other):
        return self._kelvin < other._kelvin

    def __eq__(self, other):
        return isinstance(other, Temperature) and math.isclose(self._kelvin, other._kelvin)

    __hash__ = None


class Point3:
    __slots__ = "x", "y", "z"

    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z


t = Temperature.from_fahrenheit(451)
print(t, f"{t:.1F}", f"{t:.0K}", Temperature.is_freezing(t.celsius), Temperature(-5) < t)
try:
    Point3().w = 1
except AttributeError as e:
    print("slots:", e)
