# A ref subclass without __slots__ gets a __dict__; with empty __slots__ it cannot take new attributes.
import weakref

class WithDict(weakref.ref):
    pass

class NoDict(weakref.ref):
    __slots__ = ()

class Obj:
    pass

o = Obj()
a = WithDict(o)
a.note = "ok"
print(a.note, hasattr(a, "__dict__"))
b = NoDict(o)
try:
    b.note = "no"
except AttributeError as e:
    print("AttributeError:", e)
