# Proxies are counted by getweakrefcount alongside refs, and listed by getweakrefs.
import weakref

class Obj:
    pass

o = Obj()
refs = [weakref.ref(o), weakref.proxy(o), weakref.proxy(o, lambda p: None), weakref.ref(o, lambda r: None)]
print(weakref.getweakrefcount(o))
print(sorted(type(x).__name__ for x in weakref.getweakrefs(o)))
