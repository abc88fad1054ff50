# Several finalizers on one object run newest first when it dies.
import weakref

class Obj:
    pass

o = Obj()
for n in range(1, 5):
    weakref.finalize(o, print, "finalizer", n)
del o
print("end")
