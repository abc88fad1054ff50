# A WeakSet built from a generator of fresh objects ends up empty, since nothing else holds them.
import weakref

class Obj:
    pass

ws = weakref.WeakSet(Obj() for _ in range(5))
print(len(ws))
keep = [Obj() for _ in range(5)]
ws2 = weakref.WeakSet(o for o in keep)
print(len(ws2))
