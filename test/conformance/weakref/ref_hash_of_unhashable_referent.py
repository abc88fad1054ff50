# A weak reference to an unhashable object cannot be hashed either.
import weakref

class NoHash:
    __hash__ = None

o = NoHash()
r = weakref.ref(o)
try:
    hash(r)
except TypeError as e:
    print("TypeError:", e)
print(r() is o)
