# oracle: 3.14 3.15
import capi, weakref

class C:
    pass

x = C()
r = weakref.ref(x)
p = weakref.proxy(x)
print(capi.PyWeakref_IsDead(r), capi.PyWeakref_IsDead(p))
del x
print(capi.PyWeakref_IsDead(r), capi.PyWeakref_IsDead(p))
for ob in (5, C(), None, "s"):
    try:
        capi.PyWeakref_IsDead(ob)
    except TypeError as e:
        print("TypeError:", e)
