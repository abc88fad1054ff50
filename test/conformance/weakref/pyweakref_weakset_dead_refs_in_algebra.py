# Dead references left in `data` (added by hand, without callback) count in len() and in the
# comparisons of `data`, but are never produced by iteration, copy or the set algebra.
import weakref

class O:
    def __init__(self, n):
        self.n = n

a, b = O(1), O(2)
s = weakref.WeakSet([a, b])
ghost = O(3)
s.data.add(weakref.ref(ghost))
del ghost
print("len", len(s), "iterated", sorted(x.n for x in s))
print("copy len", len(s.copy()), "union len", len(s | [a]), "intersection len", len(s & [a, b]))
print("difference", [x.n for x in s - [a]], "symmetric", sorted(x.n for x in s ^ [a]))
print("==", s == weakref.WeakSet([a, b]), "<=", s <= [a, b], ">=", s >= [a, b], "isdisjoint", s.isdisjoint([]))
t = s.copy()
print("copy == original", t == s, t <= s, s >= t, s > t)
