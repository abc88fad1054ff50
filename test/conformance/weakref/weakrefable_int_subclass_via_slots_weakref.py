# An int subclass cannot add '__weakref__' with __slots__ either; the error text is recorded.
try:
    class WI(int):
        __slots__ = ("__weakref__",)
    print("created")
except TypeError as e:
    print("TypeError:", e)
try:
    class WT(tuple):
        __slots__ = ("__weakref__",)
    print("created")
except TypeError as e:
    print("TypeError:", e)
