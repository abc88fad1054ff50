# The default report for an exception in a weakref callback, with the callback given a fixed repr.
import sys
import weakref

class Callback:
    def __call__(self, ref):
        raise RuntimeError("callback exploded")
    def __repr__(self):
        return "<Callback>"

class Obj:
    pass

o = Obj()
r = weakref.ref(o, Callback())
del o
print("continuing")
sys.stdout.flush()
