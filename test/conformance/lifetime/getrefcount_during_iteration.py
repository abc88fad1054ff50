# Iterating a list does not add references to the list's items beyond the loop variable.
import sys

class A:
    pass

a = A()
base = sys.getrefcount(a)
items = [a]
for x in items:
    print("inside loop:", sys.getrefcount(a) - base)
print("after loop (x still bound):", sys.getrefcount(a) - base)
del x
print("after del x:", sys.getrefcount(a) - base)
