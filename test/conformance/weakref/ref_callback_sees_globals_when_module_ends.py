# A ref callback run during normal execution can use module globals and other live objects.
import weakref

LOG = []
PREFIX = ">>"

class Obj:
    pass

o = Obj()
r = weakref.ref(o, lambda ref: LOG.append(f"{PREFIX} died"))
o = None
print(LOG)
