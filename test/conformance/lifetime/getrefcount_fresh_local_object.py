# sys.getrefcount of an object bound to one global name, including the call's own argument reference.
import sys

class A:
    pass

a = A()
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
