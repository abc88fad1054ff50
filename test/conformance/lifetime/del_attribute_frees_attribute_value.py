# del obj.attr drops the attribute's value immediately.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)

class Holder:
    pass

h = Holder()
h.a = Res("a")
h.b = Res("b")
del h.a
print("a deleted, has a:", hasattr(h, "a"))
h.b = Res("b2")
print("b replaced")
vars(h).clear()
print("dict cleared")
