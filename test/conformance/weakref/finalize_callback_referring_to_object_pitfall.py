# A finalizer whose function or arguments reference the object keeps it alive until exit.
import weakref

class Temp:
    def __init__(self, name):
        self.name = name
    def cleanup(self):
        print("cleanup for", self.name)

good = Temp("good")
weakref.finalize(good, print, "good finalized")
bad = Temp("bad")
fin_bad = weakref.finalize(bad, bad.cleanup)
r_bad = weakref.ref(bad)
del good
del bad
print("bad still alive (kept by its own finalizer):", r_bad() is not None)
print("main done")
