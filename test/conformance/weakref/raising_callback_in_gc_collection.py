# A callback raising during gc.collect() is reported; the collection still completes and returns its count.
import gc
import sys
import weakref
gc.disable()
gc.collect()

sys.unraisablehook = lambda u: print("unraisable:", u.exc_value)

class N:
    pass

n = N()
n.me = n
r = weakref.ref(n, lambda ref: 1 / 0)
del n
print("collected:", gc.collect())
print("end")
