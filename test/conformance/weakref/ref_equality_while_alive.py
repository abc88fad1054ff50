# Live weak references compare equal when their referents compare equal.
import weakref

class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Val) and self.v == other.v
    __hash__ = object.__hash__

a = Val(1)
b = Val(1)
c = Val(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra == rc, ra != rc)
print(weakref.ref(a, lambda r: None) == ra)
