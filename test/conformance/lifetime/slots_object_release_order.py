# An instance using __slots__ releases its slot values in slot declaration order.
class Part:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("slot value", self.n)

class Compact:
    __slots__ = ("first", "second", "third")
    def __init__(self):
        self.third = Part("third")
        self.first = Part("first")
        self.second = Part("second")

c = Compact()
del c
print("end")
