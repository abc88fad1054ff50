# A freshly computed big int or joined string has an ordinary (small) reference count.
import sys

n = 10 ** 30
s = "-".join(["a", "b", "c"])
print(sys.getrefcount(n))
print(sys.getrefcount(s))
m = n
print(sys.getrefcount(n))
