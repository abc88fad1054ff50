# property internals: names in error messages, docs, copies, subclasses, release order
class Acc:
    def __init__(self, tag):
        self.tag = tag
        self.__name__ = "acc_" + tag
    def __call__(self, obj, *rest):
        print("call", self.tag, rest)
        return self.tag
    def __del__(self):
        print("del", self.tag)

class Box:
    size = property(Acc("get"), Acc("set"), Acc("del"), "doc of size")

b = Box()
print(b.size)
b.size = 4
del b.size
print(Box.size.__doc__, Box.size.__name__)
print(Box.size.fget.tag, Box.size.fset.tag, Box.size.fdel.tag)
print("drop property")
del Box.size
print("dropped")

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def kelvin(self):
        return self._c + 273.15

t = Temp()
t.celsius = 25
print(t.celsius, round(t.kelvin, 2))
for action in ("set", "del"):
    try:
        if action == "set":
            t.kelvin = 3
        else:
            del t.celsius
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError", e)

class Logged(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        print("Logged init", None if fget is None else fget.__name__, fset is not None)
        super().__init__(fget, fset, fdel, doc)

class P:
    @Logged
    def v(self):
        return 10
    @v.setter
    def v(self, value):
        print("setting", value)

print(type(P.__dict__["v"]).__name__, P().v, P.v.__name__)
P().v = 5
try:
    del P().v
except AttributeError as e:
    print(e)

p = property()
class Q:
    attr = p
try:
    Q().attr
except AttributeError as e:
    print(e)
p2 = property(None, None)
try:
    p2.__get__(Q())
except AttributeError as e:
    print(e)
print(p.__name__, p2.fget)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)
try:
    property(fget=len, bogus=1)
except TypeError as e:
    print(e)
print(property(doc="x").__doc__)
