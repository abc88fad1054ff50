# pop returns some live member and removes it; pop on an empty WeakSet raises KeyError; clear empties it.
import weakref

class Obj:
    pass

keep = [Obj(), Obj(), Obj()]
ws = weakref.WeakSet(keep)
got = ws.pop()
print(got in keep, len(ws), got in ws)
ws.clear()
print(len(ws))
try:
    ws.pop()
except KeyError as e:
    print("KeyError:", e)
