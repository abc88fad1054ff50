# A weak reference hashed while alive keeps that hash after its referent dies.
import weakref

class Key:
    def __hash__(self):
        return 777

k = Key()
r = weakref.ref(k)
print(hash(r))
del k
print(r() is None, hash(r))
