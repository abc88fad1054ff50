import sys


def rc(obj) -> int:
    # getrefcount sees one extra reference: its own argument
    return sys.getrefcount(obj) - 1


class Thing:
    pass


t = Thing()
print("fresh:", rc(t))
alias = t
print("with alias:", rc(t))
holder = [t, t, t]
print("in a list three times:", rc(t))
mapping = {"k": t}
print("plus a dict value:", rc(t))
del holder[1:]
print("after slicing the list:", rc(t))
holder.clear(); mapping.clear(); del alias
print("back to one:", rc(t))


def takes(x):
    return rc(x)


print("inside a call:", takes(t))
print("immortal small int:", sys.getrefcount(1) > 1_000_000)
