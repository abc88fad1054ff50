# getrefcount on a function object and on a type grows with additional references.
import sys

def f():
    pass

start = sys.getrefcount(f)
aliases = [f, f]
print("two list slots add:", sys.getrefcount(f) - start)
class K:
    pass
kstart = sys.getrefcount(K)
subclasses = [type("S%d" % i, (K,), {}) for i in range(3)]
print("three subclasses add:", sys.getrefcount(K) - kstart)
