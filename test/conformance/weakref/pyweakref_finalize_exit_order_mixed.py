# At exit, the live finalizers whose atexit is true run newest first; detached, called, dead and
# atexit=False ones do not.
import weakref

class O:
    pass

objs = [O() for _ in range(6)]
fs = [weakref.finalize(o, print, "finalizer", i) for i, o in enumerate(objs)]
fs[1].atexit = False
fs[2].detach()
fs[3]()
objs[4] = None
print("alive:", [f.alive for f in fs], "atexit:", [f.atexit for f in fs])
print("main done")
