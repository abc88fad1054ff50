# detach() disarms the finalizer and returns (obj, func, args, kwargs); a second detach returns None.
import weakref

class Obj:
    def __repr__(self):
        return "Obj()"

def func(*a, **k):
    print("never called")

o = Obj()
f = weakref.finalize(o, func, 1, 2, key="v")
info = f.detach()
print(info[0] is o, info[1] is func, info[2], info[3])
print(f.detach(), f.alive)
del o, info
print("end, nothing ran")
