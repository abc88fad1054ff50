# User classes are weakrefable unless __slots__ omits '__weakref__'.
import weakref

class Normal: pass
class Slotted:
    __slots__ = ("a",)
class SlottedWithWeakref:
    __slots__ = ("a", "__weakref__")
class EmptySlots:
    __slots__ = ()
class SubOfSlotted(Slotted):
    pass

for cls in [Normal, Slotted, SlottedWithWeakref, EmptySlots, SubOfSlotted]:
    obj = cls()
    try:
        weakref.ref(obj)
        print(cls.__name__, "weakrefable", hasattr(obj, "__weakref__"))
    except TypeError as e:
        print(cls.__name__, "->", e)
