# A key that is garbage only via a cycle keeps its entry until gc.collect().
import gc
import weakref
gc.disable()

class Node:
    pass

d = weakref.WeakKeyDictionary()
n = Node()
n.me = n
d[n] = "payload"
del n
print("before:", len(d))
gc.collect()
print("after:", len(d))
