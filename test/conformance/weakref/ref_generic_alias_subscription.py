# weakref.ref, WeakSet and the weak dictionaries can be subscripted for type hints.
import weakref

print(weakref.ref[int])
print(weakref.WeakSet[str])
print(weakref.WeakKeyDictionary[str, int], weakref.WeakValueDictionary[int, str])
print(weakref.ref[int].__origin__ is weakref.ref)
