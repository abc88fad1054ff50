# A weakref callback is called exactly once even if the ref outlives the referent for long.
import weakref

calls = []

class Obj:
    pass

o = Obj()
r = weakref.ref(o, lambda ref: calls.append(1))
del o
for _ in range(3):
    r()
print("calls:", len(calls))
