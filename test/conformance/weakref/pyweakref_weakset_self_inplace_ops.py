# s -= s and s ^= s clear the set; s &= s and s |= s keep it.
import weakref

class O:
    pass

items = [O(), O()]
s = weakref.WeakSet(items)
s |= s
print(len(s))
s &= s
print(len(s))
s ^= s
print(len(s))
s.update(items)
s -= s
print(len(s))
s.update(items)
s.difference_update(s)
print(len(s))
s.update(items)
r = s.symmetric_difference_update(s)
print(len(s), r)
