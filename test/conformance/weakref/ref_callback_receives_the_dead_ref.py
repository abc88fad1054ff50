# The callback gets the weak reference object itself, which is already dead when the callback runs.
import weakref

class Obj:
    pass

seen = []

def cb(ref):
    seen.append(ref)
    print("callback: ref is r:", ref is r, "ref() is None:", ref() is None)

o = Obj()
r = weakref.ref(o, cb)
del o
print(len(seen), seen[0] is r)
