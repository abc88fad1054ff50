# next() on an exhausted iterator raises StopIteration; with a default it returns the default.
it = iter([1])
print(next(it))
print(next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
next(iter([]))
