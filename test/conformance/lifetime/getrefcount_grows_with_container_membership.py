# Each container slot holding an object adds one to its reference count.
import sys

class A:
    pass

a = A()
base = sys.getrefcount(a)
lst = [a, a, a]
print("in list three times:", sys.getrefcount(a) - base)
t = (a,)
print("plus tuple:", sys.getrefcount(a) - base)
d = {"x": a, "y": a}
print("plus dict values:", sys.getrefcount(a) - base)
del lst, t, d
print("after deleting containers:", sys.getrefcount(a) - base)
