# When one item's __del__ raises during list teardown, the remaining items are still finalized.
import sys
sys.unraisablehook = lambda u: print("  unraisable:", repr(u.exc_value))

class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        if self.n == 1:
            raise RuntimeError(f"item {self.n}")

xs = [Item(0), Item(1), Item(2)]
del xs
print("end")
