# For an object in cyclic garbage, ref callbacks and finalize interleave newest-first, all before __del__.
import gc
import weakref
gc.disable()

class N:
    def __del__(self):
        print("__del__")

n = N()
n.me = n
weakref.finalize(n, print, "finalize A")
r = weakref.ref(n, lambda x: print("ref B"))
weakref.finalize(n, print, "finalize C")
del n
gc.collect()
print("end")
