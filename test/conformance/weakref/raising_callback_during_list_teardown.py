# A raising callback during list teardown is reported and the remaining items are still released.
import sys
import weakref

sys.unraisablehook = lambda u: print("  unraisable:", u.exc_type.__name__, u.exc_value)

class Item:
    def __init__(self, n):
        self.n = n

def cb_for(n):
    def cb(r):
        print("callback", n)
        if n == 1:
            raise ValueError(f"callback {n} failed")
    return cb

items = [Item(i) for i in range(3)]
refs = [weakref.ref(it, cb_for(it.n)) for it in items]
items = None
print("end")
