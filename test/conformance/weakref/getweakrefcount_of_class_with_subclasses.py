# Subclass registration does not add weak references to the base class; how many each subclass gets is recorded.
import weakref

class Base:
    pass

before = weakref.getweakrefcount(Base)
class A(Base): pass
class B(Base): pass
print("subclasses add weak references:", weakref.getweakrefcount(Base) - before)
print(sorted(c.__name__ for c in Base.__subclasses__()))
print("weak references to A:", weakref.getweakrefcount(A))
