# A callback that calls gc.collect() while running works and collects other garbage.
import gc
import weakref
gc.disable()

class Obj:
    pass

class Junk:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("junk collected from inside the callback")

def cb(r):
    print("callback collecting:", gc.collect())

Junk()
o = Obj()
r = weakref.ref(o, cb)
del o
print("end")
