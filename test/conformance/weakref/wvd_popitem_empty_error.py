# popitem on an empty WeakValueDictionary raises KeyError.
import weakref

d = weakref.WeakValueDictionary()
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)
