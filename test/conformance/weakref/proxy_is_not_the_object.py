# A proxy is a different object: `is` and type() distinguish it, while == forwards.
import weakref

class Obj:
    pass

o = Obj()
p = weakref.proxy(o)
print(p is o, p == o, type(p) is Obj, isinstance(p, Obj))
print(type(p).__name__, p.__class__.__name__)
