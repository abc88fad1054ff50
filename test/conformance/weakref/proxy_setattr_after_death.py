# Setting or deleting an attribute through a dead proxy raises ReferenceError.
import weakref

class Obj:
    pass

o = Obj()
p = weakref.proxy(o)
p.a = 1
del o
for op in ("set", "del"):
    try:
        if op == "set":
            p.a = 2
        else:
            del p.a
    except ReferenceError as e:
        print(op, "ReferenceError:", e)
