# A finalizer run by the collector that creates a new cycle leaves it for the next collection.
import gc
gc.disable()
gc.collect()

class Spawner:
    def __init__(self, gen):
        self.gen = gen
        self.me = self
    def __del__(self):
        print("finalizing generation", self.gen)
        if self.gen < 2:
            Spawner(self.gen + 1)

Spawner(0)
print("collect 1:", gc.collect())
print("collect 2:", gc.collect())
print("collect 3:", gc.collect())
