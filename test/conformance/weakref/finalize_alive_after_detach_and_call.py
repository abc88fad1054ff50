# alive becomes False after the finalizer runs, is called, or is detached.
import weakref

class Obj:
    pass

def noop():
    pass

a, b, c = Obj(), Obj(), Obj()
fa, fb, fc = weakref.finalize(a, noop), weakref.finalize(b, noop), weakref.finalize(c, noop)
del a
fb()
fc.detach()
print(fa.alive, fb.alive, fc.alive)
