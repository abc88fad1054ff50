import weakref


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


a1, a2, b = Key("a"), Key("a"), Key("b")
r1, r2, rb = weakref.ref(a1), weakref.ref(a2), weakref.ref(b)
print(r1 == r2, r1 is r2, r1 == rb, hash(r1) == hash(a1))
refs = {r1, r2, rb}
print(len(refs))
dead = weakref.ref(Key("tmp"))
print(dead() is None, dead == dead, dead != r1)
try:
    hash(weakref.ref(Key("never hashed")))
except TypeError as e:
    print("hash of dead ref never computed:", e)
