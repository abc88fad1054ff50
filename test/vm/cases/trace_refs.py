# Reference counts and weak reference counts as the program sees them, statement by statement.
import sys
import weakref


class Node:
    pass


n = Node()
print("rc", sys.getrefcount(n))
alias = n
print("rc", sys.getrefcount(n))
items = [n, n]
print("rc", sys.getrefcount(n))
table = {"k": n, "j": [n]}
print("rc", sys.getrefcount(n))
w = weakref.ref(n)
print("weak", weakref.getweakrefcount(n))
w2 = weakref.ref(n, lambda r: None)
print("weak", weakref.getweakrefcount(n))
del items
print("rc", sys.getrefcount(n))
table["j"].append(n)
print("rc", sys.getrefcount(n))
del w2
print("weak", weakref.getweakrefcount(n))
del table
print("rc", sys.getrefcount(n))
del alias
print("rc", sys.getrefcount(n))
