# weakref.ref is weakref.ReferenceType and the refs it makes are instances of it.
import weakref

class Obj:
    pass

o = Obj()
r = weakref.ref(o)
print(weakref.ref is weakref.ReferenceType)
print(type(r) is weakref.ref, isinstance(r, weakref.ReferenceType))
print(type(r).__name__, type(r).__module__)
print(callable(r))
