# cached_property computes once per instance and stores the value in the instance dict.
from functools import cached_property
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area for", self.r)
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in vars(c))
del c.area
print(c.area)
d = Circle(5)
print(d.area, c.area)
