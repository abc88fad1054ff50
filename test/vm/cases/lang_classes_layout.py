# Subclasses of builtins, __slots__, metaclasses, __init_subclass__, __set_name__, and classes
# living in reference cycles (freed by the collector, not when their name goes).
import gc
import weakref

class Bag(list):
    def __del__(self):
        print("bag del", len(self))
b = Bag([1, 2, 3])
b.name = "x"
print(b, b.name, len(b), type(b).__name__, isinstance(b, list))
b.append(4)
del b

class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
print(d["a"], d["bb"], d)

class MyInt(int):
    pass
m = MyInt(5)
print(m + 1, type(m).__name__, m)

class Part:
    def __init__(self, n): self.n = n
    def __del__(self): print("release", self.n)
class Compact:
    __slots__ = ("third", "first", "second")
c = Compact()
c.third, c.first, c.second = Part("third"), Part("first"), Part("second")
try:
    c.other = 1
except AttributeError as e:
    print(e)
del c
class Mixed:
    __slots__ = ("s1", "__dict__")
mx = Mixed()
mx.d1 = Part("dict d1")
mx.s1 = Part("slot s1")
del mx

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("meta new", name, kw)
        return super().__new__(mcs, name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__, tag)
class Child(Base, tag="t"):
    pass
print(type(Child).__name__)

class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Holder:
    attr = Named()

class Temp:
    payload = Part("class attribute")
r = weakref.ref(Temp)
del Temp
print("class name deleted; alive:", r() is not None)
gc.collect()
print("after collect; alive:", r() is not None)
