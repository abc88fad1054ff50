# finalize objects and ref callbacks on one object interleave strictly by registration, newest first.
import weakref

class Obj:
    pass

o = Obj()
f1 = weakref.finalize(o, print, "finalize 1")
r1 = weakref.ref(o, lambda r: print("ref 1"))
f2 = weakref.finalize(o, print, "finalize 2")
r2 = weakref.ref(o, lambda r: print("ref 2"))
f3 = weakref.finalize(o, print, "finalize 3")
del o
print("end")
