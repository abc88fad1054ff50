# A WeakMethod also dies if the function object it wraps is deleted from the class.
import gc
import weakref

class Dyn:
    pass

def greet(self):
    return "hi"

Dyn.greet = greet
d = Dyn()
wm = weakref.WeakMethod(d.greet, lambda r: print("callback: function died"))
del Dyn.greet, greet
gc.collect()
print("instance alive:", d is not None, "method:", wm())
