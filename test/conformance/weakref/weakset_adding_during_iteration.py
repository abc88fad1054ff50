# Adding to a WeakSet while iterating it: whether RuntimeError is raised and how many members the set ends with.
import weakref

class Obj:
    pass

keep = [Obj() for _ in range(3)]
ws = weakref.WeakSet(keep)
extra = []
try:
    for m in ws:
        if len(extra) < 2:
            o = Obj()
            extra.append(o)
            ws.add(o)
    print("no error")
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(ws))
