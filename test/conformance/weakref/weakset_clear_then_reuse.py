# A cleared WeakSet is fully usable again, and dead entries never come back.
import weakref

class Obj:
    pass

ws = weakref.WeakSet()
a = Obj()
ws.add(a)
ws.clear()
print(len(ws), a in ws)
ws.add(a)
b = Obj()
ws.add(b)
del b
print(len(ws), a in ws)
