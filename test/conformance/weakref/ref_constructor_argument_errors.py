# weakref.ref argument errors: missing referent, too many arguments, non-callable callback.
import weakref

class Obj:
    pass

o = Obj()
for args in [(), (o, None, None)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError:", e)
r = weakref.ref(o, 42)
print("non-callable callback accepted at creation:", r.__callback__)
