# hash() of a live weak reference equals hash() of its referent.
import weakref

class Key:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h

k = Key(12345)
r = weakref.ref(k)
print(hash(r) == hash(k), hash(r))
