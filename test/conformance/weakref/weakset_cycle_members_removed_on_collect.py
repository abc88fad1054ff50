# Members of a WeakSet that are only in garbage cycles stay until gc.collect() reclaims them.
import gc
import weakref
gc.disable()

class Node:
    pass

ws = weakref.WeakSet()
for _ in range(3):
    n = Node()
    n.me = n
    ws.add(n)
del n
print("before collect:", len(ws))
gc.collect()
print("after collect:", len(ws))
