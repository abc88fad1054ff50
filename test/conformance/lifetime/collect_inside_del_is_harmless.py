# Calling gc.collect() inside a __del__ that runs during refcount deallocation works.
import gc
gc.disable()
gc.collect()

class Junk:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("junk finalized")

class Trigger:
    def __del__(self):
        print("trigger collecting:", gc.collect())

Junk()
t = Trigger()
del t
print("end")
