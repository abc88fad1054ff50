# Positional and keyword arguments given to finalize are passed through unchanged.
import weakref

class Obj:
    pass

def report(*args, **kwargs):
    print("args:", args)
    print("kwargs:", sorted(kwargs.items()))

o = Obj()
weakref.finalize(o, report, 1, "two", [3], flag=True, level=2)
del o
