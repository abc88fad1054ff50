# Weak reference callbacks for objects that die at interpreter exit still run during shutdown.
import weakref

class Obj:
    pass

keep = Obj()
r = weakref.ref(keep, lambda ref: print("callback at exit"))
print("main ends")
