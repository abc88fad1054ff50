# Calling an alive finalizer returns the function's result; calling a dead one returns None.
import weakref

class Obj:
    pass

o = Obj()
f = weakref.finalize(o, lambda x: x * 2, 21)
print(f())
print(f())
