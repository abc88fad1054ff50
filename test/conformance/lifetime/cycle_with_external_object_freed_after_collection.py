# A non-cyclic object hanging off a garbage cycle is freed (by refcount) when the cycle is broken.
import gc
gc.disable()
gc.collect()

class Leaf:
    def __del__(self):
        print("leaf freed (not part of the cycle)")

class Ring:
    def __init__(self):
        self.me = self
        self.leaf = Leaf()

Ring()
print("collect:", gc.collect())
print("end")
