# getweakrefcount counts live weak references and proxies to an object as they come and go.
import weakref

class Obj:
    pass

o = Obj()
print(weakref.getweakrefcount(o))
a = weakref.ref(o, lambda r: None)
b = weakref.ref(o, lambda r: None)
print(weakref.getweakrefcount(o))
del a
print(weakref.getweakrefcount(o))
p = weakref.proxy(o)
print(weakref.getweakrefcount(o))
del b, p
print(weakref.getweakrefcount(o))
