# A WeakMethod is a ref to the instance plus a ref to the function, with one shared callback that
# reaches the WeakMethod through a weak reference.
import weakref

class C:
    def m(self):
        return "m"

c = C()
wm = weakref.WeakMethod(c.m)
print(type(wm._func_ref).__name__, wm._func_ref() is C.m, wm._meth_type.__name__, wm._alive)
cb = wm.__callback__
print(cb.__name__, cb.__qualname__, wm._func_ref.__callback__ is cb)
print(sorted(cell_name for cell_name in cb.__code__.co_freevars))
print("weakrefs to wm:", weakref.getweakrefcount(wm), "to c:", weakref.getweakrefcount(c), "to C.m:", weakref.getweakrefcount(C.m))
print(weakref.WeakMethod.__slots__, hasattr(wm, "__dict__"))
print(wm()(), wm() == c.m, wm() is wm())
