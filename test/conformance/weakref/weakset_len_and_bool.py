# len() and truthiness of a WeakSet follow its live members.
import weakref

class Obj:
    pass

ws = weakref.WeakSet()
print(len(ws), bool(ws))
o = Obj()
ws.add(o)
print(len(ws), bool(ws))
del o
print(len(ws), bool(ws))
