# groupby releases each item once it has moved past it.
from itertools import groupby
class T:
    def __init__(self, k, n):
        self.k, self.n = k, n
    def __del__(self):
        print("free", self.k, self.n)
items = [T("a", 1), T("a", 2), T("b", 3)]
g = groupby(items, key=lambda t: t.k)
del items
for key, grp in g:
    print("group", key, [t.n for t in grp])
print("loop done")
del g
print("end")
