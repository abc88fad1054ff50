# gc.get_referrers finds the containers that hold an object.
import gc

class Thing:
    pass

t = Thing()
box = [t]
pair = (t, 1)
mapping = {"t": t}
refs = gc.get_referrers(t)
print("list found:", any(r is box for r in refs))
print("tuple found:", any(r is pair for r in refs))
print("dict found:", any(r is mapping for r in refs))
print("module dict found:", any(r is globals() for r in refs))
