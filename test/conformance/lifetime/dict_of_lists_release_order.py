# A dict of lists: each value list is freed in key insertion order, items inside last-to-first.
class I:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("free", self.n)

groups = {"even": [I(0), I(2)], "odd": [I(1), I(3)]}
groups["big"] = [I(100)]
print("drop groups")
del groups
print("end")
