# On refcount death, __del__ runs before the weak reference callback.
import weakref

class Obj:
    def __del__(self):
        print("1. __del__")

o = Obj()
r = weakref.ref(o, lambda ref: print("2. callback"))
del o
print("3. after del statement")
