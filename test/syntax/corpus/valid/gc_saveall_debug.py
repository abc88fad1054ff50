import gc


class Leaf:
    def __init__(self, name):
        self.name = name
        self.self_ref = self

    def __repr__(self):
        return f"Leaf({self.name!r})"


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
try:
    for n in ("x", "y"):
        Leaf(n)
    found = gc.collect()
    leaves = [o for o in gc.garbage if isinstance(o, Leaf)]
    print(f"collect() found {found}; saved leaves: {sorted(leaves, key=repr)}")
finally:
    gc.set_debug(0)
    gc.garbage.clear()
print(gc.get_debug() == 0, gc.garbage)
