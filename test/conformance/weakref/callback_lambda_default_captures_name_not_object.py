# A callback that captured the referent itself would keep it alive; capturing only its name is safe.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

a = Obj("a")
safe = weakref.ref(a, lambda r, name=a.name: print("gone:", name))
b = Obj("b")
leaky = weakref.ref(b, lambda r, obj=b: print("gone:", obj.name))
del a
del b
print("b still alive through its own callback:", leaky() is not None)
