# Reference counts seen from inside a function: the parameter and the caller's name both count.
import sys

class A:
    pass

def inspect(x):
    return sys.getrefcount(x)

a = A()
outer = sys.getrefcount(a)
inner = inspect(a)
print("outer:", outer)
print("inside function:", inner)
print("difference:", inner - outer)
