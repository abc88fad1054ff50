# A weak reference that is itself part of the garbage being collected does not have its callback called.
import gc
import weakref
gc.disable()

class Obj:
    pass

o = Obj()
o.self_ref = weakref.ref(o, lambda r: print("callback (should not run)"))
o.cycle = o
outside = weakref.ref(o, lambda r: print("outside callback runs"))
del o
gc.collect()
print("end")
