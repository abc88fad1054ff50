# Refs collected in a list keep their callbacks armed; each referent's death fires its own callback.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

log = []
objs = {n: Obj(n) for n in ["x", "y", "z"]}
refs = [weakref.ref(o, lambda r, n=n: log.append(n)) for n, o in objs.items()]
del objs["y"]
print(log)
objs.clear()
print(log)
