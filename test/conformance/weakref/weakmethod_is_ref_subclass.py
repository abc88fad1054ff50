# WeakMethod is a subclass of weakref.ref with its own type name.
import weakref

class C:
    def m(self): pass

c = C()
wm = weakref.WeakMethod(c.m)
print(isinstance(wm, weakref.ref), type(wm).__name__, issubclass(weakref.WeakMethod, weakref.ref))
print(weakref.getweakrefcount(c))
