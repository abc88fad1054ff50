# deepcopy's memo keeps originals alive until the outermost call returns; copyreg hooks;
# __reduce__ / __getstate__ / __setstate__ customisation; copy.replace
import copy
import copyreg
import gc

class Tracked:
    count = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)
    def __repr__(self):
        return f"T({self.name})"

class Holder:
    def __deepcopy__(self, memo):
        print("  memo has", len(memo), "entries")
        keep = memo.get(id(memo))
        print("  keep-alive list:", keep)
        return Holder()

print("temporary originals survive until deepcopy returns")
data = [Tracked("a"), Holder(), (Tracked("b"),)]
clone = copy.deepcopy(data)
print("clone made", clone[0], clone[2])
del data
print("originals gone")
del clone
print("clones gone")

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __reduce__(self):
        print("  reduce", self.x, self.y)
        return (Point, (self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, [2])
q = copy.deepcopy(p)
print(q, q.y is p.y)

class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = "big"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("  setstate", sorted(st))
        self.__dict__.update(st)
        self.cache = None

s = copy.copy(Stateful())
print(s.a, s.cache)

class Weird:
    def __init__(self, v):
        self.v = v

def reduce_weird(w):
    print("  dispatch_table reducer")
    return (Weird, (w.v * 10,))

copyreg.pickle(Weird, reduce_weird)
print(copy.copy(Weird(4)).v, copy.deepcopy(Weird(5)).v)
del copyreg.dispatch_table[Weird]

class Cfg:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __replace__(self, **changes):
        d = dict(self.__dict__)
        d.update(changes)
        return Cfg(**d)
c2 = copy.replace(Cfg(a=1, b=2), b=3)
print(sorted(vars(c2).items()))
try:
    copy.replace(5, real=1)
except TypeError as e:
    print("TypeError:", e)

print("cycles copy into cycles")
class Link:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("  del link", self.name)
x, y = Link("x"), Link("y")
x.other, y.other = y, x
x2 = copy.deepcopy(x)
print(x2.other.other is x2, x2.other is y)
del x, y
print("collected", gc.collect())
del x2
print("collected", gc.collect())
print(Point.__reduce_ex__ is object.__reduce_ex__, type(Stateful().__reduce_ex__(2)[0]).__name__)
