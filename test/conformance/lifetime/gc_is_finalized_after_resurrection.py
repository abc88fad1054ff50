# gc.is_finalized becomes True once the collector has run an object's __del__ (here it resurrects).
import gc
gc.disable()
gc.collect()
saved = []

class Lazarus:
    def __init__(self):
        self.loop = self
    def __del__(self):
        saved.append(self)

obj = Lazarus()
print("before:", gc.is_finalized(obj))
del obj
gc.collect()
print("resurrected:", len(saved))
print("after:", gc.is_finalized(saved[0]))
