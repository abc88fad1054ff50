# copy.copy() of a WeakSet goes through __reduce__: the copy's attributes are the original's, so
# both share one `data` set (and one _remove).
import copy
import weakref

class O:
    pass

a, b = O(), O()
s = weakref.WeakSet([a])
c = copy.copy(s)
print(type(c).__name__, c.data is s.data, c._remove is s._remove)
c.add(b)
print(len(s), len(c))
r = s.__reduce__()
print(r[0] is weakref.WeakSet, type(r[1][0]).__name__, len(r[1][0]), sorted(r[2]))
n = s.copy()
print(n.data is s.data, len(n))
