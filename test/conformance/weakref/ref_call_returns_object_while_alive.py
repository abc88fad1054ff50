# Calling a weak reference returns the referent while it is alive and None after it dies.
import weakref

class Target:
    pass

t = Target()
r = weakref.ref(t)
print(r() is t)
print(type(r()).__name__)
del t
print(r())
print(r() is None)
