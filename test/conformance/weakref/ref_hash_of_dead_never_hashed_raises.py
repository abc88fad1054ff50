# Hashing a weak reference for the first time after its referent died raises TypeError.
import weakref

class Key:
    def __hash__(self):
        return 5

k = Key()
r = weakref.ref(k)
del k
try:
    hash(r)
except TypeError as e:
    print("TypeError:", e)
