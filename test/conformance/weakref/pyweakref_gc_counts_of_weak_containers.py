# The number of objects gc.collect() finds when each weak container is part of an unreachable cycle:
# it depends on exactly which objects the container is made of.
import gc
import weakref

class V:
    pass

gc.collect()
v = V()
for label, make in [
    ("WeakValueDictionary", lambda: weakref.WeakValueDictionary(k=v)),
    ("WeakKeyDictionary", lambda: weakref.WeakKeyDictionary({v: 1})),
    ("WeakSet", lambda: weakref.WeakSet([v])),
    ("empty WeakSet", lambda: weakref.WeakSet()),
]:
    c = make()
    c.me = c
    del c
    print(label, gc.collect())

class C:
    def m(self):
        pass

c = C()
wm = weakref.WeakMethod(c.m)
holder = [wm]
holder.append(holder)
del wm, holder
print("WeakMethod in a list cycle", gc.collect())
