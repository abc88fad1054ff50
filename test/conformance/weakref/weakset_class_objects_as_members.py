# Classes can be members of a WeakSet; a deleted class vanishes after the collector runs.
import gc
import weakref

registry = weakref.WeakSet()

class Plugin:
    def __init_subclass__(cls):
        registry.add(cls)

class A(Plugin): pass
class B(Plugin): pass
print(sorted(c.__name__ for c in registry))
del B
gc.collect()
print(sorted(c.__name__ for c in registry))
