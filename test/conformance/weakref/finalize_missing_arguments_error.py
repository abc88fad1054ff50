# Calling weakref.finalize without an object or a function raises TypeError.
import weakref

class Obj:
    pass

for args in [(), (Obj(),)]:
    try:
        weakref.finalize(*args)
    except TypeError as e:
        print("TypeError:", e)
