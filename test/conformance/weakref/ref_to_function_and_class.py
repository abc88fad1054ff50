# Functions, lambdas and classes support weak references and die when their last strong reference goes.
import gc
import weakref

def f():
    return "f result"

class K:
    pass

rf = weakref.ref(f)
rk = weakref.ref(K)
print(rf()(), rk().__name__)
del f
print("function ref after del:", rf())
del K
gc.collect()
print("class ref after del + collect:", rk())
