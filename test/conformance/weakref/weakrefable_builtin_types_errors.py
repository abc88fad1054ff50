# Which built-in values cannot be weakly referenced, with the exact TypeError text for each.
import weakref

samples = [1, 2.5, 3j, True, None, "text", b"bytes", bytearray(b"x"), (1, 2), [1], {"a": 1}, {1}, frozenset([1]),
           range(3), slice(1), Ellipsis, NotImplemented, object()]
for s in samples:
    try:
        weakref.ref(s)
        print(type(s).__name__, "OK")
    except TypeError as e:
        print(type(s).__name__, "->", e)
