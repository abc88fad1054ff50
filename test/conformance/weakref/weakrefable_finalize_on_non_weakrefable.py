# weakref.finalize on an object that cannot be weakly referenced raises TypeError immediately.
import weakref

for obj in [42, "str", (1,), {"a": 1}]:
    try:
        weakref.finalize(obj, print, "never")
    except TypeError as e:
        print("TypeError:", e)
