# A finalizer's function can call another finalizer early; the second one then does not run again.
import weakref

class Obj:
    pass

a, b = Obj(), Obj()
fb = weakref.finalize(b, print, "b's finalizer")

def a_cleanup():
    print("a's finalizer calling b's early")
    fb()

weakref.finalize(a, a_cleanup)
del a
print("b alive still, finalizer alive:", fb.alive)
del b
print("end")
