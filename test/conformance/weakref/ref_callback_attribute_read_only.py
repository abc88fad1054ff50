# __callback__ of a ref cannot be assigned.
import weakref

class Obj:
    pass

o = Obj()
r = weakref.ref(o, lambda x: None)
try:
    r.__callback__ = None
except AttributeError as e:
    print("AttributeError:", e)
