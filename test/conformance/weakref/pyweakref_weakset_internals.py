# WeakSet: `data` is a set of refs whose callback is `_remove`, which holds the set weakly.
import weakref

class O:
    pass

o = O()
s = weakref.WeakSet()
s.add(o)
s.add(o)
(wr,) = s.data
print(type(s.data).__name__, len(s.data), type(wr).__name__, wr() is o, wr.__callback__ is s._remove)
print(s._remove.__name__, s._remove.__qualname__, s._remove.__defaults__[0]() is s)
print("weakrefs to o:", weakref.getweakrefcount(o), "to s:", weakref.getweakrefcount(s))
print(type(s).__module__, weakref.WeakSet is type(s))
del s
print("refs to o after the set died (one held here):", weakref.getweakrefcount(o), wr.__callback__.__name__)
del wr
print("and after that one:", weakref.getweakrefcount(o))
