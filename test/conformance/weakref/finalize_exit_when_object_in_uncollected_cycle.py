# An object in a garbage cycle with gc disabled is finalized by the exit hook, not by collection.
import gc
import weakref
gc.disable()

class N:
    pass

n = N()
n.me = n
weakref.finalize(n, print, "finalizer of cyclic garbage ran at exit")
del n
print("main done")
