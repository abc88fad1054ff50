# collections.Counter arithmetic/ordering and namedtuple classes: fields, defaults, errors, _replace
from collections import Counter, namedtuple, OrderedDict, ChainMap

words = "the cat and the hat and the bat".split()
c = Counter(words)
print(c)
print(c.most_common(2), c["dog"], c.total(), len(c))
c.update(["cat", "cat"])
c.subtract({"the": 1})
print(c.most_common())
print(sorted(c.elements())[:5])
a, b = Counter(a=3, b=1), Counter(a=1, b=2, c=1)
print(a + b, a - b, a | b, a & b)
print(+Counter(x=-2, y=1), -Counter(x=-2, y=1), a == Counter(b=1, a=3), a <= a + b)
c2 = Counter("hello world")
del c2["l"]
del c2["zzz"]
print(c2, Counter() == Counter(), repr(Counter()))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)

Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x + p.y, p[0], len(p), p == (3, 4), isinstance(p, tuple))
x, y = p
print(x, y, p._asdict(), p._replace(x=10), Point._make([5, 6]), Point._fields)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
Emp = namedtuple("Emp", "name dept salary", defaults=["eng", 100])
print(Emp("ann"), Emp("bob", salary=5), Emp._field_defaults)
print(Emp.__doc__, Emp.name.__doc__, Emp.__new__.__qualname__, Emp.__match_args__)
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, type(v).__name__, Vec.__mro__[1].__name__)
match p:
    case Point(x, y):
        print("matched", x, y)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od.keys()), od.keys())
od.move_to_end("c", last=False)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"], cm.parents)
cm["z"] = 9
print(cm.maps[0], dict(cm))
