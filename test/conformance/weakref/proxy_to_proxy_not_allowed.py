# A proxy itself cannot be weakly referenced, nor can a ref; the error texts are recorded.
import weakref

class Obj:
    pass

o = Obj()
p = weakref.proxy(o)
r = weakref.ref(o)
for target in (p, r):
    try:
        weakref.ref(target)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.proxy(p)
except TypeError as e:
    print("TypeError:", e)
