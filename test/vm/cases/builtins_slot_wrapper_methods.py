# Dunder methods of builtin types called directly, and through super() in subclasses.
print(int.__add__(2, 3), (7).__rsub__(10), (6).__floordiv__(4), (2.0).__mul__(4), "ab".__mul__(2), [1].__add__([2]), (1, 2).__len__())
print({"k": 1}.__getitem__("k"), [3, 4].__contains__(4), "abc".__getitem__(1), (5).__neg__(), (-2.5).__abs__(), (4).__bool__(), {1}.__or__({2}))
print(list.__hash__, dict.__hash__, int.__hash__(5), (3).__eq__(3), (3).__lt__(2), (3).__eq__("3"))
for call in (lambda: "x".__add__(1), lambda: [1].__mul__(1.5)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
u = Upper()
u["a"] = 1
print(u, u["A"], u["a"])
class Logged(list):
    def append(self, x):
        print("append", x)
        super().append(x)
lg = Logged([1])
lg.append(2)
print(lg, len(lg), lg[1:])
