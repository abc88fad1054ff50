# Reference counts at several call depths when passing the same object down.
import sys

class A:
    pass

def level1(x):
    return [sys.getrefcount(x)] + level2(x)

def level2(y):
    return [sys.getrefcount(y)] + level3(y)

def level3(z):
    return [sys.getrefcount(z)]

a = A()
print("top:", sys.getrefcount(a))
print("nested:", level1(a))
