# A ref subclass overriding only __init__ hands its extra argument to ref.__new__ as the callback, which fails when the referent dies.
import weakref

class NamedRef(weakref.ref):
    def __init__(self, obj, name, callback=None):
        super().__init__(obj, callback)
        self.name = name

class Obj:
    pass

o = Obj()
r = NamedRef(o, "primary")
print(r.name, r() is o, isinstance(r, weakref.ref), type(r).__name__)
del o
print(r.name, r())
