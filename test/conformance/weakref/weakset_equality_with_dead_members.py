# Equality between WeakSets only considers live members.
import weakref

class Obj:
    pass

a, b = Obj(), Obj()
s1 = weakref.WeakSet([a, b])
s2 = weakref.WeakSet([a])
print(s1 == s2)
del b
print(s1 == s2)
