# weakref.proxy and WeakSet.add give the same TypeError as ref for non-weakrefable objects.
import weakref

for maker in [weakref.proxy, weakref.WeakSet().add, lambda o: weakref.WeakValueDictionary({"k": o}), lambda o: weakref.WeakKeyDictionary({o: 1})]:
    try:
        maker([1, 2])
    except TypeError as e:
        print("TypeError:", e)
