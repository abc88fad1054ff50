# An object appended to a list stored on itself forms a cycle; removing it from the list breaks the cycle.
import gc
gc.disable()

class Registry:
    def __init__(self):
        self.members = [self]
    def __del__(self):
        print("registry freed")

r = Registry()
r.members.remove(r)
print("self removed from its own list")
del r
print("end")
