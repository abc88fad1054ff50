# A ref's __callback__ attribute is the callback while alive and None once it has been called.
import weakref

class Obj:
    pass

def cb(r):
    print("in callback, __callback__ is", r.__callback__)

o = Obj()
r = weakref.ref(o, cb)
print(r.__callback__ is cb)
plain = weakref.ref(o)
print(plain.__callback__)
del o
print("after death:", r.__callback__)
