# Putting an object in weak containers creates weak references to it, counted by getweakrefcount.
import weakref

class Obj:
    pass

o = Obj()
ws = weakref.WeakSet()
wv = weakref.WeakValueDictionary()
wk = weakref.WeakKeyDictionary()
ws.add(o)
print(weakref.getweakrefcount(o))
wv["k"] = o
print(weakref.getweakrefcount(o))
wk[o] = 1
print(weakref.getweakrefcount(o))
ws.discard(o)
del wv["k"]
del wk[o]
print(weakref.getweakrefcount(o))
