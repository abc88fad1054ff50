# In cyclic garbage, weakref and finalize callbacks run (newest first) before __del__.
import gc
import weakref
gc.disable()

class Obj:
    def __del__(self):
        print("__del__")

o = Obj()
o.me = o
r1 = weakref.ref(o, lambda r: print("r1 callback"))
f = weakref.finalize(o, print, "finalize callback")
r2 = weakref.ref(o, lambda r: print("r2 callback"))
del o
print("collecting")
gc.collect()
print("end")
