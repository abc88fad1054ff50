# Using a proxy after its referent died raises ReferenceError with a fixed message.
import weakref

class Obj:
    value = 3

o = Obj()
p = weakref.proxy(o)
print(p.value)
del o
for action in [lambda: p.value, lambda: setattr(p, "value", 1), lambda: str(p), lambda: p + 1, lambda: bool(p)]:
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
