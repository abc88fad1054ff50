# The reference count seen by sys.getrefcount(self) inside __del__ during refcount deallocation.
import sys

class C:
    def __del__(self):
        print("refcount in __del__:", sys.getrefcount(self))

c = C()
del c
print("end")
