# Dead weak references are equal only if they are the same ref object.
import weakref

class Val:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__

a, b = Val(), Val()
ra, rb = weakref.ref(a), weakref.ref(b)
ra2 = weakref.ref(a, lambda r: None)
print("alive:", ra == rb, ra == ra2)
del a, b
print("dead:", ra == rb, ra == ra2, ra == ra)
c = Val()
rc = weakref.ref(c)
print("one dead one alive:", ra == rc, rc == ra)
