# WeakSet union, intersection, difference and symmetric difference, with members named for sorting.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n

objs = {n: Obj(n) for n in "abcde"}
s1 = weakref.WeakSet([objs[k] for k in "abc"])
s2 = weakref.WeakSet([objs[k] for k in "cde"])
names = lambda s: "".join(sorted(o.n for o in s))
print(names(s1 | s2), names(s1 & s2), names(s1 - s2), names(s1 ^ s2))
print(names(s1.union([objs["e"]])), names(s1.intersection(s2)), names(s1.difference(s2)))
print(type(s1 | s2).__name__)
