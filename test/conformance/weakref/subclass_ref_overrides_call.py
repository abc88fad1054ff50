# A ref subclass can override __call__ to give a default instead of None when the referent is gone.
import weakref

class DefaultRef(weakref.ref):
    def __new__(cls, obj, default):
        return super().__new__(cls, obj)
    def __init__(self, obj, default):
        super().__init__(obj)
        self.default = default
    def __call__(self):
        obj = super().__call__()
        return self.default if obj is None else obj

class Obj:
    def __repr__(self):
        return "Obj()"

o = Obj()
r = DefaultRef(o, "fallback")
print(r())
del o
print(r())
