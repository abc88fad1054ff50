# copy.deepcopy() of a WeakSet deep-copies the members into a fresh list, which dies at once, and
# restores the original's attributes (deep-copied state: refs and functions are atomic).
import copy
import weakref

class O:
    def __init__(self, n):
        self.n = n

a = O(1)
s = weakref.WeakSet([a])
d = copy.deepcopy(s)
print(type(d).__name__, len(d), d.data is s.data, d.data == s.data, d._remove is s._remove)
print(sorted(x.n for x in d), [x is a for x in d])
