# AttributeError message for a missing instance attribute, with suggestion.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
try:
    p.z
except AttributeError as e:
    print(e)
print(p.xx)
