# The order getweakrefs lists refs in: the shared callback-less ref first, then others.
import weakref

class Obj:
    pass

o = Obj()
named = {}
named["cb1"] = weakref.ref(o, lambda r: None)
named["plain"] = weakref.ref(o)
named["cb2"] = weakref.ref(o, lambda r: None)
named["proxy"] = weakref.proxy(o)
order = []
for r in weakref.getweakrefs(o):
    for k, v in named.items():
        if v is r:
            order.append(k)
print(order)
