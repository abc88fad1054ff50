# gc.get_referrers shows which cycle members point at an object.
import gc

class N:
    def __init__(self, name):
        self.name = name

a, b, c = N("a"), N("b"), N("c")
a.to = c
b.to = c
c.to = a
owners = [o for o in gc.get_referrers(c) if isinstance(o, N)]
dicts = [o for o in gc.get_referrers(c) if isinstance(o, dict) and o.get("to") is c]
print(sorted(o.name for o in owners), len(dicts))
