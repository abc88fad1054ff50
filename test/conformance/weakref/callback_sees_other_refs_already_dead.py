# When one callback runs, every weak reference to the object, including others not yet called, is already dead.
import weakref

class Obj:
    pass

o = Obj()
plain = weakref.ref(o)

def cb(r):
    print("in callback: plain ref dead:", plain() is None, "other dead:", other() is None)

other = weakref.ref(o, lambda r: print("other callback"))
watch = weakref.ref(o, cb)
del o
