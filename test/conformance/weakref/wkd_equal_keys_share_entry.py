# Keys are matched by equality and hash: an equal object finds and replaces the entry of another.
import weakref

class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))

p1 = Pt(1, 2)
p2 = Pt(1, 2)
d = weakref.WeakKeyDictionary()
d[p1] = "first"
print(d[p2])
d[p2] = "second"
print(len(d), d[p1])
del p2
print(len(d), d[p1])
