# During cyclic collection every finalizer runs before any member is cleared, so each sees its peers intact.
import gc
gc.disable()
gc.collect()

class Peer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print(self.name, "sees partner", self.partner.name, "with partner", self.partner.partner.name)

a = Peer("a")
b = Peer("b")
a.partner = b
b.partner = a
del a, b
gc.collect()
print("end")
