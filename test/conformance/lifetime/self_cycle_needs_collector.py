# An object referencing itself survives del and is reclaimed by gc.collect(), which reports it.
import gc
gc.disable()
gc.collect()

class Loop:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("Loop finalized by the collector")

x = Loop()
del x
print("after del (nothing freed yet)")
n = gc.collect()
print("gc.collect() returned", n)
print("again:", gc.collect())
