# While items() yields a value, the loop variable keeps it alive even if its other references go.
import weakref

class V:
    def __init__(self, n):
        self.n = n

strong = {k: V(k) for k in "abc"}
d = weakref.WeakValueDictionary(strong)
for k, v in d.items():
    strong.clear()
    print("holding", k, v.n)
print("after loop:", len(d))
del v
print("after dropping loop variable:", len(d))
