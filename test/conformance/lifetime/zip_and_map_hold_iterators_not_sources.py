# zip and map keep the iterators of their inputs, not the input objects, which may die immediately.
class Seq:
    def __init__(self, name, items):
        self.name = name
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __del__(self):
        print("seq", self.name, "freed")

z = zip(Seq("a", [1, 2]), Seq("b", [3, 4]))
m = map(str, Seq("c", [5]))
print("lazy iterators made")
print(next(z))
del z
print("zip dropped")
print(list(m))
del m
print("end")
