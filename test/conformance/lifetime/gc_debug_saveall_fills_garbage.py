# With gc.DEBUG_SAVEALL, unreachable objects are kept in gc.garbage instead of being freed.
import gc
gc.disable()
gc.collect()

class Node:
    def __init__(self, tag):
        self.tag = tag
        self.self_ref = self

gc.set_debug(gc.DEBUG_SAVEALL)
Node("kept-1")
Node("kept-2")
found = gc.collect()
print("found:", found)
print("saved tags:", sorted(o.tag for o in gc.garbage if isinstance(o, Node)))
gc.set_debug(0)
gc.garbage.clear()
print("garbage cleared:", gc.collect())
