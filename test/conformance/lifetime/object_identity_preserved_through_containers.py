# The same object placed in a list, dict and set is one object: mutations are visible everywhere.
class Counter:
    def __init__(self):
        self.n = 0
    def __hash__(self):
        return 1

c = Counter()
lst, dct, st = [c], {"c": c}, {c}
lst[0].n += 1
dct["c"].n += 10
next(iter(st)).n += 100
print(c.n, lst[0] is dct["c"] is next(iter(st)))
