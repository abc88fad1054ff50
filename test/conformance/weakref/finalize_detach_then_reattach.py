# After detach, a new finalizer can be created from the returned pieces.
import weakref

class Obj:
    pass

o = Obj()
f = weakref.finalize(o, print, "original", "args")
obj, func, args, kwargs = f.detach()
g = weakref.finalize(obj, func, *args, "moved", **kwargs)
del obj
print("reattached, f alive:", f.alive, "g alive:", g.alive)
del o
print("end")
