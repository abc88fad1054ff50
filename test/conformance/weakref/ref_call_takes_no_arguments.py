# Calling a weak reference with arguments is a TypeError.
import weakref

class Obj:
    pass

o = Obj()
r = weakref.ref(o)
try:
    r(1)
except TypeError as e:
    print("TypeError:", e)
try:
    r(key=1)
except TypeError as e:
    print("TypeError:", e)
