# Subscripting the weak classes makes generic aliases.
import weakref

for alias in (weakref.WeakSet[int], weakref.WeakValueDictionary[str, int],
              weakref.WeakKeyDictionary[object, int], weakref.ref[int], weakref.WeakMethod[int],
              weakref.KeyedRef[int]):
    print(repr(alias), type(alias).__name__, alias.__origin__.__name__)
try:
    weakref.finalize[int]
except TypeError as e:
    print(e)
