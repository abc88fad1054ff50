# At exit: atexit first, then garbage cycles and globals; this pins the relative order.
import atexit
import gc
gc.disable()

class F:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)

class Cyc(F):
    def __init__(self, name):
        super().__init__(name)
        self.me = self

Cyc("unreachable cycle")
glob = F("global")
gcyc = Cyc("global cycle")
atexit.register(print, "atexit handler")
print("main done")
