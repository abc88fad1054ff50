# If __del__ resurrects the object, its weak references stay alive and their callbacks wait until it dies for good.
import weakref

saved = []

class Phoenix:
    def __del__(self):
        print("__del__ resurrects")
        saved.append(self)

p = Phoenix()
r = weakref.ref(p, lambda ref: print("callback"))
del p
print("ref alive after resurrection:", r() is saved[0])
saved.clear()
print("dropped again")
print("ref now:", r())
