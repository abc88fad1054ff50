# When a WeakSet member dies, whether the set still counts it inside another callback is pinned here.
import weakref

class Obj:
    pass

ws = weakref.WeakSet()
o = Obj()
r = weakref.ref(o, lambda ref: print("user callback, set size:", len(ws)))
ws.add(o)
del o
print("after:", len(ws))
