# pop() and popitem() errors and defaults.
import weakref

class V:
    pass

d = weakref.WeakValueDictionary()
try:
    d.pop("x")
except KeyError as e:
    print("pop missing:", repr(e))
print("pop default:", d.pop("x", 7), "extra args ignored:", d.pop("x", 1, 2))
try:
    d.popitem()
except KeyError as e:
    print("popitem empty:", repr(e))
v = V()
d["k"] = v
print("pop live:", d.pop("k") is v, len(d))
try:
    d.setdefault("n")
except TypeError as e:
    print("setdefault None:", e)
print("after failed setdefault:", list(d))
try:
    d["z"] = 3
except TypeError as e:
    print("int value:", e)
