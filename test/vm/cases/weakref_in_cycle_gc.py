import gc
import weakref

class Holder:
    def __init__(self, name):
        self.name = name

def watcher(label):
    return lambda ref: print("watch", label)

gc.collect()
a = Holder("a")
b = Holder("b")
a.peer = b
b.peer = a
wa = weakref.ref(a, watcher("a"))
wb = weakref.ref(b, watcher("b"))
del a, b
print("before collect", wa() is not None, wb() is not None)
print("unreachable:", gc.collect())
print("after collect", wa(), wb())

c = Holder("c")
c.me = c
c.ref_to_self = weakref.ref(c, watcher("self-ref in garbage"))
del c
print("self cycle:", gc.collect())
