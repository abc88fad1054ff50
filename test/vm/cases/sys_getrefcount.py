import sys

class Thing:
    pass

t = Thing()
print(sys.getrefcount(t))
alias = t
print(sys.getrefcount(t))
bag = [t, t, t]
print(sys.getrefcount(t))
del bag
print(sys.getrefcount(t))
d = {"k": t}
print(sys.getrefcount(t))
