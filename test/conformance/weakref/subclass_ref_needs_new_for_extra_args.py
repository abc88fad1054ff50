# Extra constructor arguments of a ref subclass must be accepted by __new__ as well as __init__.
import weakref

class Tagged(weakref.ref):
    __slots__ = ("tag",)
    def __new__(cls, obj, tag, callback=None):
        self = super().__new__(cls, obj, callback)
        self.tag = tag
        return self
    def __init__(self, obj, tag, callback=None):
        super().__init__(obj, callback)

class Obj:
    pass

o = Obj()
t = Tagged(o, "blue", lambda r: print("tagged ref callback, tag", r.tag))
print(t.tag, t() is o)
del o
print("end")
