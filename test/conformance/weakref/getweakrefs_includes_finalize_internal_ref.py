# weakref.finalize registers its own weak reference, visible in getweakrefcount.
import weakref

class Obj:
    pass

o = Obj()
print(weakref.getweakrefcount(o))
f = weakref.finalize(o, lambda: None)
print(weakref.getweakrefcount(o))
f.detach()
print(weakref.getweakrefcount(o))
