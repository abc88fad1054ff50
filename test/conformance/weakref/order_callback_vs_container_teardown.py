# A callback on a container owner runs before the owner's attributes are released.
import weakref

class Part:
    def __del__(self):
        print("part released")

class Owner:
    def __init__(self):
        self.part = Part()

o = Owner()
r = weakref.ref(o, lambda ref: print("owner callback"))
del o
print("end")
