# Calling a method meant to be overridden raises NotImplementedError; uncaught it ends the program.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Circle(Shape):
    pass

for shape in [Square(3), Circle()]:
    print(shape.area())
