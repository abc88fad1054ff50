# After a raising callback, the statement that caused the death completes and the next statement runs.
import sys
import weakref

sys.unraisablehook = lambda u: print("unraisable:", u.exc_value)

class Obj:
    pass

o = Obj()
r = weakref.ref(o, lambda ref: (_ for _ in ()).throw(RuntimeError("thrown from callback")))
x = [o]
x.clear()
print("statement after the clear runs")
del o
print("end")
