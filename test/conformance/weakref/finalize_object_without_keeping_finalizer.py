# A finalize object does not need to be stored: it stays registered until it runs.
import weakref

class Obj:
    pass

def make():
    o = Obj()
    weakref.finalize(o, print, "unsaved finalizer ran")
    return o

x = make()
print("finalizer object was not stored")
del x
print("end")
