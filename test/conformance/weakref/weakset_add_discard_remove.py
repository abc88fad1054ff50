# WeakSet add, discard and remove, including KeyError from remove of a missing member.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n

x, y = Obj(1), Obj(2)
ws = weakref.WeakSet()
ws.add(x)
ws.add(x)
ws.add(y)
print(len(ws))
ws.discard(y)
ws.discard(y)
print(len(ws), x in ws, y in ws)
try:
    ws.remove(y)
except KeyError as e:
    print("KeyError raised:", type(e.args[0]).__name__)
ws.remove(x)
print(len(ws))
