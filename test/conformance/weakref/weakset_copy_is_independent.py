# WeakSet.copy makes a new WeakSet with the same members; mutating one does not affect the other.
import weakref

class Obj:
    pass

a, b = Obj(), Obj()
ws = weakref.WeakSet([a])
cp = ws.copy()
cp.add(b)
print(len(ws), len(cp), type(cp).__name__)
del a
print(len(ws), len(cp))
