# A finalizer on an object in a garbage cycle runs when gc.collect() reclaims it.
import gc
import weakref
gc.disable()

class Node:
    pass

n = Node()
n.me = n
f = weakref.finalize(n, print, "cycle member finalized")
del n
print("before collect, alive:", f.alive)
gc.collect()
print("after collect, alive:", f.alive)
