# A proxy forwards attribute reads, writes and deletes to its referent.
import weakref

class Obj:
    def __init__(self):
        self.x = 1
    def method(self):
        return "method on referent, x=%d" % self.x

o = Obj()
p = weakref.proxy(o)
print(p.x)
p.x = 5
print(o.x, p.method())
p.y = "new"
print(o.y)
del p.y
print(hasattr(o, "y"))
