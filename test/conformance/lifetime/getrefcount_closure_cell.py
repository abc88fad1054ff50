# A closure cell holds one reference to the captured object.
import sys

class A:
    pass

def make(x):
    def get():
        return x
    return get

a = A()
before = sys.getrefcount(a)
g = make(a)
print("closure adds:", sys.getrefcount(a) - before)
del g
print("closure dropped:", sys.getrefcount(a) - before)
