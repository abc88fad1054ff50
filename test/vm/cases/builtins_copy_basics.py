# copy.copy / copy.deepcopy: hooks, reduction, slots, subclasses, cycles and when copies die
import copy
class Node:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def __del__(self):
        print("del", self.v)
a = Node(1, [Node(2), Node(3)])
b = copy.copy(a)
print(b.v, b.kids is a.kids)
c = copy.deepcopy(a)
print(c.v, c.kids is a.kids, [k.v for k in c.kids])
del b
print("---")
del c
print("---")
l = [1, [2, 3], (4, [5])]
m = copy.deepcopy(l)
print(m, m[1] is l[1], m[2] is l[2])
t = (1, 2, "x")
print(copy.deepcopy(t) is t, copy.copy(t) is t)
class S:
    __slots__ = ("a", "__b")
    def __init__(self):
        self.a = 1
        self.__b = 2
s2 = copy.copy(S())
print(s2.a, s2._S__b, S.__slotnames__)
class MyList(list):
    pass
ml = MyList([1, 2])
ml.tag = "t"
ml2 = copy.deepcopy(ml)
print(type(ml2).__name__, ml2, ml2.tag)
class MyInt(int):
    pass
print(type(copy.copy(MyInt(5))).__name__, copy.copy(MyInt(5)))
d = {"k": [1]}
d2 = copy.deepcopy(d)
print(d2, d2["k"] is d["k"])
r = []
r.append(r)
r2 = copy.deepcopy(r)
print(r2[0] is r2, r2 is r)
class WithHooks:
    def __copy__(self):
        print("copy hook")
        return "copied"
    def __deepcopy__(self, memo):
        print("deep hook", type(memo).__name__)
        return "deep"
print(copy.copy(WithHooks()), copy.deepcopy(WithHooks()))
e = ValueError("bad", 3)
e.note = 1
e2 = copy.copy(e)
print(repr(e2), e2.note)
print(copy.copy({1, 2}), copy.deepcopy(frozenset({1})))
def gen():
    yield 1
try:
    copy.deepcopy(gen())
except TypeError as ex:
    print(ex)
print(copy.replace.__name__)
print("end")
