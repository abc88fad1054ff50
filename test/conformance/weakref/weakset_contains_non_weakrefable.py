# `in` on a WeakSet with a non-weakrefable value returns False instead of raising.
import weakref

class Obj:
    pass

ws = weakref.WeakSet([Obj()])
print(1 in ws, "s" in ws, None in ws, [1] in ws if False else "skip list")
o = Obj()
ws.add(o)
print(o in ws)
