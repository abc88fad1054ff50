# WeakSet operations accept plain iterables of weakrefable objects and return WeakSets.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n

pool = [Obj(i) for i in range(5)]
ws = weakref.WeakSet(pool[:3])
res = ws | pool[3:]
print(type(res).__name__, len(res))
print(ws.isdisjoint(pool[3:]), ws.isdisjoint(pool[2:]))
print(sorted(o.n for o in ws.symmetric_difference(pool[1:4])))
