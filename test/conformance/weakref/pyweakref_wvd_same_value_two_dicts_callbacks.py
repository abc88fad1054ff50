# One value in two WeakValueDictionaries (and twice in one): each KeyedRef is distinct and each
# removes its own entry.
import weakref

class V:
    pass

v = V()
d1 = weakref.WeakValueDictionary(a=v, b=v)
d2 = weakref.WeakValueDictionary(c=v)
print(weakref.getweakrefcount(v), [r.key for r in weakref.getweakrefs(v)])
del v
print(len(d1), len(d2))
