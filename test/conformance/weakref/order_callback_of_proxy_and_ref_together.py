# Proxy and ref callbacks on the same object run newest first like any weak references.
import weakref

class Obj:
    pass

o = Obj()
p = weakref.proxy(o, lambda x: print("proxy callback"))
r = weakref.ref(o, lambda x: print("ref callback"))
p2 = weakref.proxy(o, lambda x: print("second proxy callback"))
del o
print("end")
