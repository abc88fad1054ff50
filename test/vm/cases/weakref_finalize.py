import weakref

class Target:
    def __del__(self):
        print("__del__")

t = Target()
r1 = weakref.ref(t, lambda r: print("r1 callback"))
f = weakref.finalize(t, print, "finalize callback")
r2 = weakref.ref(t, lambda r: print("r2 callback"))
del t
print("end")
