# A ref held by another garbage object (not the referent) in the same cycle also skips its callback.
import gc
import weakref
gc.disable()

class Holder:
    pass

class Target:
    pass

h = Holder()
t = Target()
h.t = t
t.h = h
h.watch = weakref.ref(t, lambda r: print("holder's callback (should not run)"))
del h, t
print("collected:", gc.collect() > 0)
print("end")
