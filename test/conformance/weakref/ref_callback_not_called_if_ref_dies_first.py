# If the weak reference object dies before its referent, its callback never runs.
import weakref

class Obj:
    def __del__(self):
        print("object dies")

o = Obj()
r = weakref.ref(o, lambda ref: print("callback (should not run)"))
del r
print("ref deleted first")
del o
print("end")
