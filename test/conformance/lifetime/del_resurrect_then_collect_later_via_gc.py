# An object in a cycle resurrected by __del__ is not freed by that collection, and __del__ is not called again.
import gc
gc.disable()
keep = []

class R:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("R.__del__ resurrecting")
        keep.append(self)

R()
print("first collect:", gc.collect())
print("kept:", len(keep))
keep.clear()
print("second collect:", gc.collect())
print("end")
