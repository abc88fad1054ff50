# Proxies cannot be hashed, even when the referent can.
import weakref

class Obj:
    pass

o = Obj()
p = weakref.proxy(o)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    {p: 1}
except TypeError as e:
    print("TypeError:", e)
