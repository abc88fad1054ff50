# Comparing a strong parent back-reference (needs gc) with a weak one (freed at once).
import gc
import weakref
gc.disable()

class StrongChild:
    def __init__(self, parent):
        self.parent = parent

class WeakChild:
    def __init__(self, parent):
        self.parent = weakref.ref(parent)

class Parent:
    def __init__(self, name, child_cls):
        self.name = name
        self.child = child_cls(self)
    def __del__(self):
        print("parent", self.name, "freed")

Parent("strong", StrongChild)
print("after strong version statement")
Parent("weak", WeakChild)
print("after weak version statement")
gc.collect()
print("end")
