# Subclassed refs hash and compare like plain refs: by the referent while alive.
import weakref

class R(weakref.ref):
    pass

class Key:
    def __hash__(self):
        return 99
    def __eq__(self, other):
        return isinstance(other, Key)

a, b = Key(), Key()
ra, rb = R(a), R(b)
print(hash(ra), ra == rb, ra == weakref.ref(a))
s = {ra, rb}
print(len(s))
