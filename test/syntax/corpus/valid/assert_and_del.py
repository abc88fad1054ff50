import sys


def checked_divide(a: float, b: float) -> float:
    assert isinstance(a, (int, float)), f"a must be a number, got {type(a).__name__}"
    assert b != 0, "division by zero"
    assert not (a != a), "a is NaN"
    return a / b


class Registry:
    def __init__(self):
        self.items = {"a": 1, "b": 2, "c": 3}
        self.order = list(self.items)
        self.temp = object()

    def prune(self):
        del self.items["a"], self.order[0]
        del self.temp
        del (self.order[-1])
        [x, y] = 1, 2
        del [x, y]
        return self


r = Registry().prune()
print(r.items, r.order, hasattr(r, "temp"))
print(checked_divide(10, 4))
matrix = [[1, 2], [3, 4]]
del matrix[0][1], matrix[1]
names = {"first": 1}
del names["first"]
g = 0
del g
if sys.flags.optimize:
    pass
assert matrix == [[1]]
assert (lambda: True)(), ("tuple message is fine", 1)
