# A WeakValueDictionary freed before its values: its KeyedRefs die with it, so no callback runs when
# the values die later; a KeyedRef kept alive elsewhere calls back into a dead dictionary harmlessly.
import weakref

class V:
    pass

v, w = V(), V()
d = weakref.WeakValueDictionary(v=v, w=w)
kept = d.data["w"]
print(weakref.getweakrefcount(v), weakref.getweakrefcount(w))
del d
print("dictionary gone:", weakref.getweakrefcount(v), weakref.getweakrefcount(w))
del v, w
print("values gone; kept ref dead:", kept() is None, kept.key)
