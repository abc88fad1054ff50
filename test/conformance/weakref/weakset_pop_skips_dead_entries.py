# pop never returns a dead member; it keeps popping until a live one is found or the set is empty.
import weakref

class Obj:
    pass

keep = Obj()
ws = weakref.WeakSet([keep])
temps = [Obj() for _ in range(3)]
for t in temps:
    ws.add(t)
del t
temps.clear()
print(ws.pop() is keep)
try:
    ws.pop()
except KeyError:
    print("empty now")
