# A WeakSet member that is cyclic garbage is still counted until gc.collect() runs.
import gc
import weakref
gc.disable()

class N:
    def __init__(self, name):
        self.name = name

ws = weakref.WeakSet()
a = N("a")
a.me = a
b = N("b")
ws.add(a)
ws.add(b)
del a
print(len(ws), sorted(x.name for x in ws))
gc.collect()
print(len(ws), sorted(x.name for x in ws))
