# getweakrefs lists subclass instances alongside plain refs.
import weakref

class Mine(weakref.ref):
    pass

class Obj:
    pass

o = Obj()
p = weakref.ref(o)
m = Mine(o)
print(weakref.getweakrefcount(o))
print(sorted(type(r).__name__ for r in weakref.getweakrefs(o)))
