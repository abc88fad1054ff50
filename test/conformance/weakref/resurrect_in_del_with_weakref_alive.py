# An object whose __del__ resurrects it keeps all its weak references alive and reusable.
import weakref

lifeboat = []

class Survivor:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__, resurrecting", self.name)
        lifeboat.append(self)

s = Survivor("s")
r = weakref.ref(s)
p = weakref.proxy(s)
del s
print("ref alive:", r() is not None, "proxy name:", p.name)
lifeboat.clear()
print("ref after real death:", r())
