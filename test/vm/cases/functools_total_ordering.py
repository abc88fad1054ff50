# total_ordering fills in the missing comparisons from __eq__ and one ordering method.
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)
    def __eq__(self, other):
        return self.key == other.key
    def __lt__(self, other):
        return self.key < other.key
    def __repr__(self):
        return "V%d.%d" % self.key
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= b)
print(sorted([Version(2, 0), Version(1, 5), Version(1, 0)]), max(Version(0, 9), Version(0, 10)))
@total_ordering
class Desc:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __gt__(self, o):
        return self.n > o.n
print(Desc(1) < Desc(2), Desc(3) <= Desc(2), Desc(2) >= Desc(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)
