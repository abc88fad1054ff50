# Inside a callback the referent is gone, so trying to create a ref from the dead ref's result fails with None.
import weakref

class Obj:
    pass

def cb(r):
    target = r()
    try:
        weakref.ref(target)
    except TypeError as e:
        print("TypeError:", e)

o = Obj()
keep = weakref.ref(o, cb)
del o
