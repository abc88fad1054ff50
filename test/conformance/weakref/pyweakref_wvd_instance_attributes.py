# The instance attributes of the weak containers, in the order their __init__ sets them (3.14 keeps
# no pending-removal list and no iteration counter).
import weakref

class O:
    pass

for cls in (weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.WeakSet):
    c = cls()
    print(cls.__name__, list(vars(c)))
    print("  has _pending_removals:", hasattr(c, "_pending_removals"), "has _iterating:", hasattr(c, "_iterating"))
    print("  weakrefs to it:", weakref.getweakrefcount(c))
