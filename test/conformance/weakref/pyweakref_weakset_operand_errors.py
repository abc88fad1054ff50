# WeakSet operations with other operands: non-iterables, non-weakrefable members, sets.
import weakref

class O:
    pass

a = O()
s = weakref.WeakSet([a])
for label, op in [
    ("<= 5", lambda: s <= 5),
    ("< [1]", lambda: s < [1]),
    ("| 5", lambda: s | 5),
    ("- [1]", lambda: s - [1]),
    ("& [1]", lambda: s & [1]),
    ("^ [1]", lambda: s ^ [1]),
    ("add 1", lambda: s.add(1)),
    ("remove O()", lambda: s.remove(O())),
    ("remove 1", lambda: s.remove(1)),
]:
    try:
        print(label, "->", op())
    except Exception as e:
        print(label, "->", type(e).__name__, e if not isinstance(e, KeyError) else type(e.args[0]).__name__)
print(s == {a}, s != {a}, s == weakref.WeakSet([a]), 1 in s, [] in s)
try:
    hash(s)
except TypeError as e:
    print(e)
try:
    s.discard(1)
except TypeError as e:
    print("discard 1:", e)
