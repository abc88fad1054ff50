# A proxy to a dict subclass forwards item access and method calls.
import weakref

class Config(dict):
    pass

c = Config(a=1)
p = weakref.proxy(c)
p["b"] = 2
print(sorted(p.items()), p.get("a"), "b" in p, len(p))
print(p.keys() == c.keys())
