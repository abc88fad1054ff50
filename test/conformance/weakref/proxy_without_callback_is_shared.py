# Callback-less proxies to one object are shared like callback-less refs, separately from refs.
import weakref

class Obj:
    pass

o = Obj()
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
r = weakref.ref(o)
p3 = weakref.proxy(o, lambda p: None)
print(p1 is p2, p1 is p3)
print(weakref.getweakrefcount(o))
