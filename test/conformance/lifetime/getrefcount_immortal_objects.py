# Reference counts of immortal objects (None, True, small ints, interned strings) as CPython reports them.
import sys

print("None:", sys.getrefcount(None))
print("True:", sys.getrefcount(True))
print("False:", sys.getrefcount(False))
print("0:", sys.getrefcount(0))
print("100:", sys.getrefcount(100))
print("empty tuple:", sys.getrefcount(()))
print("Ellipsis:", sys.getrefcount(...))
print("same for None and True:", sys.getrefcount(None) == sys.getrefcount(True))
