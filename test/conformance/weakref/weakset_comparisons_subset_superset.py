# WeakSet comparisons: ==, subset and superset tests, isdisjoint.
import weakref

class Obj:
    pass

a, b, c = Obj(), Obj(), Obj()
small = weakref.WeakSet([a])
big = weakref.WeakSet([a, b])
print(small < big, small <= big, big > small, big >= big, small == weakref.WeakSet([a]))
print(small.issubset(big), big.issuperset(small), small.isdisjoint(weakref.WeakSet([c])))
print(small == {a}, big != small)
