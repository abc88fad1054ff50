# A suspended generator's frame holds its argument until the generator is finished.
import sys

class A:
    pass

def gen(x):
    yield 1
    yield 2

a = A()
before = sys.getrefcount(a)
g = gen(a)
print("created generator:", sys.getrefcount(a) - before)
next(g)
print("suspended:", sys.getrefcount(a) - before)
list(g)
print("finished:", sys.getrefcount(a) - before)
