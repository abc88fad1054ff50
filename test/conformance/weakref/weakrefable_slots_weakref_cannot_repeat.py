# Declaring '__weakref__' in __slots__ of a subclass whose base already has it raises TypeError.
class Base:
    __slots__ = ("__weakref__",)

try:
    class Child(Base):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)

class Normal:
    pass

try:
    class Child2(Normal):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)
