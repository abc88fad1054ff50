# An object that is weakrefable but unhashable cannot go in a WeakSet.
import weakref

class NoHash:
    __hash__ = None

try:
    weakref.WeakSet([NoHash()])
except TypeError as e:
    print("TypeError:", e)
