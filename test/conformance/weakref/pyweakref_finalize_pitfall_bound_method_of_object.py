# A finalizer whose function is a bound method of the object keeps the object alive: it only runs at
# exit (or when called), never on `del`.
import gc
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("closing", self.name)

r = Res("r1")
f = weakref.finalize(r, r.close)
del r
gc.collect()
print("after del and collect: alive", f.alive, "peek obj name", f.peek()[0].name)
s = Res("s1")
g = weakref.finalize(s, print, "closing via print", s.name)
del s
print("after del of s: alive", g.alive)
print("main done")
