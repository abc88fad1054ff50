# In-place WeakSet updates: update, |=, &=, -=, ^= and their method forms.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n

o = {n: Obj(n) for n in "abcdef"}
names = lambda s: "".join(sorted(x.n for x in s))
ws = weakref.WeakSet([o["a"]])
ws.update([o["b"], o["c"]])
print(names(ws))
ws |= {o["d"]}
print(names(ws))
ws &= {o["a"], o["b"], o["d"], o["e"]}
print(names(ws))
ws -= {o["a"]}
print(names(ws))
ws ^= {o["b"], o["f"]}
print(names(ws))
ws.difference_update([o["d"]])
ws.symmetric_difference_update([o["a"]])
ws.intersection_update([o["a"], o["f"]])
print(names(ws))
