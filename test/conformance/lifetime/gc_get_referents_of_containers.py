# gc.get_referents lists the objects a container refers to directly.
import gc

class Holder:
    def __init__(self):
        self.a = "alpha"
        self.b = [1]

inner = [1, 2]
outer = [inner, "x", 3]
print(gc.get_referents(outer) == [inner, "x", 3])
print(sorted(map(repr, gc.get_referents({"k": "v"}))))
print(gc.get_referents((1, 2)))
h = Holder()
refs = gc.get_referents(h)
print([type(r).__name__ for r in refs])
print(h.__dict__ in refs)
