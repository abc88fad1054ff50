# A ref subclass counting how many of its instances have fired, via a class attribute.
import weakref

class CountingRef(weakref.ref):
    fired = 0
    def __new__(cls, obj):
        return super().__new__(cls, obj, CountingRef._bump)
    def __init__(self, obj):
        super().__init__(obj, CountingRef._bump)
    @staticmethod
    def _bump(r):
        CountingRef.fired += 1

class Obj:
    pass

objs = [Obj() for _ in range(5)]
refs = [CountingRef(o) for o in objs]
del objs[:3]
print("fired:", CountingRef.fired)
objs.clear()
print("fired:", CountingRef.fired)
