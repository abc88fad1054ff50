# With both __slots__ and __dict__, slot values and dict values are released in a fixed order.
class Part:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("release", self.n)

class Mixed:
    __slots__ = ("s1", "s2", "__dict__")

m = Mixed()
m.d1 = Part("dict d1")
m.s2 = Part("slot s2")
m.s1 = Part("slot s1")
m.d2 = Part("dict d2")
del m
print("end")
