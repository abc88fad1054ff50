class Base:
    kind = "base"
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.kind}:{self.name}"
    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"

class Child(Base):
    kind = "child"
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
    def describe(self):
        return super().describe() + "+" + str(self.extra)

class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

c = Child("kid", 3)
print(c.describe(), c, [c])
print(D().who())
print([k.__name__ for k in D.__mro__])
print(isinstance(c, Base), issubclass(D, A), isinstance(3, (str, int)))

class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __len__(self):
        return 2
    def __str__(self):
        return f"({self.x}, {self.y})"
v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), len(v), bool(v))
