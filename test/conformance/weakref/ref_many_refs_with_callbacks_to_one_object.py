# Several callback-carrying refs to one object all fire on its death, newest first.
import weakref

class Obj:
    pass

o = Obj()
refs = [weakref.ref(o, lambda r, n=n: print("callback", n)) for n in range(4)]
print("count:", weakref.getweakrefcount(o))
del o
print("end")
