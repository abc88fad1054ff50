# Members added by ^= get the removal callback: they leave the set when they die. Members added by
# |= too; members of the result of & leave the new set when they die.
import weakref

class O:
    pass

a, b, c = O(), O(), O()
s = weakref.WeakSet([a])
s ^= [b]
s |= [c]
print(len(s), all(r.__callback__ is s._remove for r in s.data))
del b
print(len(s))
t = s & [a, c]
del c
print(len(s), len(t), a in t)
