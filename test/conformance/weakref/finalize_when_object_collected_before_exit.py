# A finalizer that already ran before exit is not run again at exit.
import weakref

class Obj:
    pass

a = Obj()
b = Obj()
weakref.finalize(a, print, "a finalized during the run")
weakref.finalize(b, print, "b finalized at exit")
del a
print("main done")
