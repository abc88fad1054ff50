# A WeakSet forgets members as soon as they die.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

a, b, c = Obj("a"), Obj("b"), Obj("c")
ws = weakref.WeakSet([a, b, c])
print(len(ws), sorted(o.name for o in ws))
del b
print(len(ws), sorted(o.name for o in ws))
a = c = None
print(len(ws), list(ws))
