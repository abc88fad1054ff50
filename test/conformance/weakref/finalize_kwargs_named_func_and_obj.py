# Keyword arguments named like finalize's own parameters are passed on to the callback.
import weakref

class Obj:
    pass

def cb(**kw):
    print(sorted(kw.items()))

o = Obj()
weakref.finalize(o, cb, obj="x", func="y")
del o
