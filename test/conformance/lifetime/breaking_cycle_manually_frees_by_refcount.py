# Setting a back-reference to None breaks a cycle so refcounting frees both objects without gc.
import gc
gc.disable()

class Parent:
    def __init__(self):
        self.child = Child(self)
    def __del__(self):
        print("parent freed")

class Child:
    def __init__(self, parent):
        self.parent = parent
    def __del__(self):
        print("child freed")

p = Parent()
p.child.parent = None
print("cycle broken by hand")
del p
print("end (no collection needed)")
