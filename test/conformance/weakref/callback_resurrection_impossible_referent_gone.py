# A callback cannot resurrect its referent: the ref it receives is already cleared.
import weakref

class Obj:
    pass

rescued = []

def cb(r):
    rescued.append(r())

o = Obj()
r = weakref.ref(o, cb)
del o
print(rescued)
