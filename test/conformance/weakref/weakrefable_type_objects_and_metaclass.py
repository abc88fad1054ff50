# Classes, metaclass instances and dynamically created types support weak references and die via the collector.
import gc
import weakref

class Meta(type):
    pass

class WithMeta(metaclass=Meta):
    pass

Dyn = type("Dyn", (), {"x": 1})
refs = {"WithMeta": weakref.ref(WithMeta), "Dyn": weakref.ref(Dyn)}
print({k: r().__name__ for k, r in refs.items()})
del WithMeta, Dyn
gc.collect()
print({k: r() for k, r in refs.items()})
