# gc.collect() counts for cycles watched by weak references with and without callbacks.
import gc
import weakref
gc.disable()
gc.collect()

class N:
    pass

def cycle():
    a, b = N(), N()
    a.b, b.a = b, a
    return a

x = cycle()
plain = weakref.ref(x)
del x
print("with plain ref:", gc.collect())
y = cycle()
cb = weakref.ref(y, lambda r: None)
del y
print("with callback ref:", gc.collect())
z = cycle()
del z
print("no ref:", gc.collect())
