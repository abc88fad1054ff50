# Redefining a class leaves the old class object in a reference cycle until the collector runs.
import gc
gc.disable()
gc.collect()

class Marker:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("marker of", self.v, "freed")

class Settings:
    m = Marker("old Settings")

class Settings:
    m = Marker("new Settings")

print("redefined; old class not freed yet")
gc.collect()
print("after collect")
