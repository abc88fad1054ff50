# Even truth-testing a dead proxy raises ReferenceError, so `if proxy:` is not a liveness check.
import weakref

class Obj:
    pass

o = Obj()
p = weakref.proxy(o)
print("alive truth:", bool(p))
del o
try:
    if p:
        print("truthy")
except ReferenceError as e:
    print("ReferenceError:", e)
