import weakref


class Target:
    pass


def cb(r):
    pass


t = Target()
r1 = weakref.ref(t)
r2 = weakref.ref(t)
r3 = weakref.ref(t, cb)
p = weakref.proxy(t)
print(r1 is r2, r1 is r3, weakref.getweakrefcount(t))
for r in weakref.getweakrefs(t):
    print(type(r).__name__, r.__callback__ is cb if isinstance(r, weakref.ref) else "-")
print(repr(r1).startswith("<weakref at"), r1.__callback__)
del t
print(weakref.getweakrefcount(r1), r1(), repr(r1).endswith("; dead>"))
