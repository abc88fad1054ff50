# A finalizer that runs at exit can still read module globals.
import weakref

GREETING = "goodbye"

class Obj:
    pass

def farewell(name):
    print(GREETING, name, "from exit-time finalizer")

o = Obj()
weakref.finalize(o, farewell, "o")
print("main done")
