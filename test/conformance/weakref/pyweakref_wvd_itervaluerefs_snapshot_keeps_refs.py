# itervaluerefs() walks a snapshot: the KeyedRef objects stay alive in it even after their entries
# were removed, and they are then dead references.
import weakref

class V:
    pass

a, b, c = V(), V(), V()
d = weakref.WeakValueDictionary(x=a, y=b, z=c)
it = d.itervaluerefs()
first = next(it)
print("first key:", first.key, first() is a)
del b
print("len after b died:", len(d))
rest = list(it)
print("rest:", [(r.key, r() is None) for r in rest])
refs = d.valuerefs()
print("valuerefs:", [r.key for r in refs], type(refs).__name__)
del c
print("held KeyedRef for z dead:", refs[1]() is None, "entries:", sorted(d))
