# A finalizer created by another finalizer while they run at exit is run too (the selection is
# redone), before older ones.
import weakref

class O:
    pass

keep = []

def spawn():
    print("first runs, makes another")
    o = O()
    keep.append(o)
    weakref.finalize(o, print, "made during exit")

a, b = O(), O()
weakref.finalize(a, print, "oldest")
weakref.finalize(b, spawn)
print("main done")
