# A value that is garbage only through a cycle stays in the dictionary until gc.collect().
import gc
import weakref
gc.disable()

class Node:
    pass

d = weakref.WeakValueDictionary()
n = Node()
n.me = n
d["n"] = n
del n
print("before:", list(d))
gc.collect()
print("after:", list(d))
