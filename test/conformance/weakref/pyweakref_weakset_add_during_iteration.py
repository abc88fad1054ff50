# Adding while iterating does not raise in 3.14; members added are not visited by that iteration.
import weakref

class O:
    def __init__(self, n):
        self.n = n

keep = [O(i) for i in range(3)]
s = weakref.WeakSet(keep[:1])
visited = 0
for x in s:
    visited += 1
    s.update(keep)
print(visited, len(s))
