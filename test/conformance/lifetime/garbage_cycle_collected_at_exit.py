# An unreachable cycle never collected during the run is collected by the final shutdown collection.
import gc
gc.disable()

class Junk:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("junk cycle finalized at shutdown")

Junk()
print("cycle left as garbage, gc disabled")
