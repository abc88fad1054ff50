# Adding a non-weakrefable object to a WeakSet raises TypeError; constructing from such items too.
import weakref

ws = weakref.WeakSet()
for bad in [1, "x", (1,), [1]]:
    try:
        ws.add(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.WeakSet([object()])
except TypeError as e:
    print("TypeError:", e)
